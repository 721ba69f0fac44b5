"""Test doubles for external services."""

from anymail.exceptions import AnymailAPIError
from django.core.cache.backends.redis import RedisCache
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.db import connection
from django.test.utils import CaptureQueriesContext


class FlakyProviderBackend(LocmemBackend):
    """Fail like a provider's API for the first ``failures`` sends, then deliver to mail.outbox."""

    failures = 1
    calls = 0

    def send_messages(self, messages):
        FlakyProviderBackend.calls += 1
        if FlakyProviderBackend.calls <= FlakyProviderBackend.failures:
            raise AnymailAPIError("provider answered 503 Service Unavailable")
        return super().send_messages(messages)


def count_queries(client, path):
    """Return the SQL queries of a warm ``GET path``, after one request fills per-process caches."""
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


class WorkerScopedRedisCache(RedisCache):
    """Redis cache whose ``clear()`` deletes only this cache's keys, not the whole database.

    Parallel test workers share one Redis database, each under its own key prefix, so a test
    that empties the cache must not empty another worker's.
    """

    def clear(self):
        client = self._cache.get_client(write=True)
        pattern = f"{self.key_prefix}:*" if self.key_prefix else "*"
        batch = []
        for key in client.scan_iter(match=pattern, count=1000):
            batch.append(key)
            if len(batch) >= 1000:
                client.delete(*batch)
                batch.clear()
        if batch:
            client.delete(*batch)
        return True


def publish_child(parent, page):
    """Add ``page`` under ``parent``, publish it and return it."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def publish_translation(page, language_code, *, slug, title):
    """Publish a copy of ``page`` in the locale of ``language_code`` and return it."""
    from wagtail.models import Locale

    translation = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    translation.slug = slug
    translation.title = title
    translation.save_revision().publish()
    return translation


def publish_standard_page(parent, title, slug, summary=""):
    """Add a published standard page under ``parent`` and return it."""
    from hub.models import StandardPage

    return publish_child(parent, StandardPage(title=title, slug=slug, summary=summary))
