"""Insert thousands of live pages and rows in a few statements, for query-budget tests.

Saving a Wagtail page one at a time costs a dozen queries (tree, revision,
reference index, search index), so 2,000 pages would take minutes. These
builders write the tree columns themselves and insert the rows in bulk. The
pages have no revisions, which a visitor's page never reads.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

BATCH_SIZE = 500


def add_live_children(parent, pages, *, index_for_search=False):
    """Insert unsaved ``pages`` (instances of one ``Page`` subclass) as live children of ``parent``.

    Returns the pages with their primary keys set. ``index_for_search`` adds them
    to the search backend as publishing would.
    """
    if not pages:
        return []
    model = type(pages[0])
    parent = Page.objects.get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()

    base_pages = []
    for offset, page in enumerate(pages, start=parent.numchild + 1):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, offset)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid4()
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.last_published_at = now
        page.live_revision = None
        page.latest_revision = None
        base_pages.append(
            Page(
                **{
                    field.attname: getattr(page, field.attname)
                    for field in Page._meta.concrete_fields
                    if field.attname != "id"
                }
            )
        )
    Page.objects.bulk_create(base_pages, batch_size=BATCH_SIZE)

    for page, base_page in zip(pages, base_pages, strict=True):
        page.id = page.page_ptr_id = base_page.pk
    # bulk_create refuses multi-table models, so insert the subclass's own table directly.
    own_fields = list(model._meta.local_concrete_fields)
    for start in range(0, len(pages), BATCH_SIZE):
        model._base_manager._insert(pages[start : start + BATCH_SIZE], fields=own_fields)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))

    if index_for_search:
        backend = get_search_backend()
        saved = list(model.objects.filter(pk__in=[page.pk for page in pages]))
        backend.add_bulk(model, saved)
    return pages
