"""Test doubles for external services."""

from anymail.exceptions import AnymailAPIError
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
