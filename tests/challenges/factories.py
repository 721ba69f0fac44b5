"""Factories and builders for challenge tests."""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Locale, Page

from challenges.choices import ChallengeStatus
from challenges.models import ChallengeIndexPage, ChallengePage, ChallengeTopicTag
from tests.factories import MemberProfileFactory, OrganisationFactory


def make_index(home, *, slug="izzivi", title="Izzivi"):
    index = ChallengeIndexPage(title=title, slug=slug, show_in_menus=True)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_challenge(index, *, number=0, institution=None, status=ChallengeStatus.OPEN, **fields):
    """Create and publish a challenge under ``index``."""
    values = {
        "title": f"Izziv {number}",
        "slug": f"izziv-{number}",
        "institution": institution or OrganisationFactory(),
        "summary": f"Povzetek izziva {number}.",
        "problem": f"Opis problema {number}.",
        "desired_outcome": "Boljša storitev za ljudi.",
        "contact_name": "Marta Kontaktna",
        "contact_email": f"kontakt{number}@ustanova.example",
        "contact_phone": "+386 1 555 0101",
        "region": "osrednjeslovenska",
        "mode": "hybrid",
        "status": status,
        "apply_by": datetime.date(2031, 1, 1 + number % 28),
    }
    values.update(fields)
    topics = values.pop("topics", [])
    skills = values.pop("skills", [])
    page = ChallengePage(**values)
    page.topics.set(topics)
    page.skills_needed.set(skills)
    index.add_child(instance=page)
    page.save_revision().publish()
    return ChallengePage.objects.get(pk=page.pk)


def translate(page, *, slug, title, language="en"):
    """Publish ``page``'s translation, translating its challenge index first if needed."""
    locale = Locale.objects.get(language_code=language)
    parent = page.get_parent().specific
    if isinstance(parent, ChallengeIndexPage) and parent.get_translation_or_none(locale) is None:
        translate(parent, slug="challenges", title="Challenges", language=language)
    translation = page.copy_for_translation(locale)
    translation.slug = slug
    translation.title = title
    translation.save_revision().publish()
    return translation.specific


def representative(institution=None, **fields):
    """Return a member who may represent ``institution`` (a verified public one by default)."""
    return MemberProfileFactory(
        organisation=institution or OrganisationFactory(), is_representative=True, **fields
    )


def bulk_challenges(
    index, count, *, institution, topics=("zdravje", "mobilnost", "digitalizacija")
):
    """Insert ``count`` live challenges under ``index`` in a few queries, without revisions.

    Each gets one of ``topics``. The page rows are built as treebeard would place
    them after the index's last child, so the page tree stays valid. Search
    indexes and signals are skipped, which the query-count tests do not need.
    """
    index = Page.objects.get(pk=index.pk)
    last_child = index.get_last_child()
    first_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    content_type = ContentType.objects.get_for_model(ChallengePage)
    statuses = list(ChallengeStatus.values)
    now = timezone.now()
    base_rows = []
    for offset in range(count):
        step = first_step + offset
        slug = f"hitri-izziv-{step}"
        base_rows.append(
            Page(
                title=f"Hitri izziv {step}",
                draft_title=f"Hitri izziv {step}",
                slug=slug,
                path=Page._get_path(index.path, index.depth + 1, step),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now - datetime.timedelta(minutes=step),
                last_published_at=now,
                content_type=content_type,
                locale_id=index.locale_id,
                translation_key=uuid.uuid4(),
            )
        )
    base_rows = Page.objects.bulk_create(base_rows)
    challenges = [
        ChallengePage(
            page_ptr_id=row.pk,
            institution=institution,
            summary=f"Povzetek izziva {row.slug}.",
            problem="Opis problema.",
            desired_outcome="Boljša storitev za ljudi.",
            contact_name="Marta Kontaktna",
            contact_email="kontakt@ustanova.example",
            region="osrednjeslovenska",
            mode="hybrid",
            status=statuses[offset % len(statuses)],
            apply_by=datetime.date(2031, 1, 1 + offset % 28),
        )
        for offset, row in enumerate(base_rows)
    ]
    # Model.save_base(raw=True) inserts only a child table's row; this is its bulk form.
    fields = ChallengePage._meta.local_concrete_fields
    batch_size = connection.ops.bulk_batch_size(fields, challenges) or len(challenges)
    for start in range(0, len(challenges), batch_size):
        ChallengePage._base_manager._insert(challenges[start : start + batch_size], fields=fields)
    tags = [Tag.objects.get_or_create(name=name, defaults={"slug": name})[0] for name in topics]
    ChallengeTopicTag.objects.bulk_create(
        ChallengeTopicTag(content_object_id=row.pk, tag=tags[offset % len(tags)])
        for offset, row in enumerate(base_rows)
    )
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
    return [row.pk for row in base_rows]
