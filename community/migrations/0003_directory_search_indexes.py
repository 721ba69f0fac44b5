"""Indexes that keep the member directory fast on PostgreSQL.

A trigram index lets ``search_text LIKE '%word%'`` use an index, and a covering
index lets the facet counts read the filter columns without the wide rows.
Other databases skip this migration, because neither index exists there.
"""

from django.db import migrations

TRIGRAM_INDEX = "community_profile_search_trgm"
FACET_INDEX = "community_profile_facets"


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # pg_trgm is a trusted extension since PostgreSQL 13, so the database owner may create it.
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} ON community_memberprofile "
        "USING gin (search_text gin_trgm_ops)"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {FACET_INDEX} ON community_memberprofile (visibility) "
        "INCLUDE (id, user_id, organisation_id, sector, region, is_facilitator, is_ambassador, "
        "open_to_mentoring, open_to_facilitation, open_to_speaking, open_to_collaboration)"
    )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
    schema_editor.execute(f"DROP INDEX IF EXISTS {FACET_INDEX}")


class Migration(migrations.Migration):
    dependencies = [("community", "0002_member_directory_page")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
