"""On PostgreSQL: a GIN index over the title vectors, so a search that
matches more than it counts (SEARCH_COUNT_CAP) still ranks every document
whose title holds the words (search.backends.postgres)."""

from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS search_doc_title_vector_gin"
            " ON search_searchdocument USING gin (title_vector)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_doc_title_vector_gin")


class Migration(migrations.Migration):
    dependencies = [("search", "0007_searchdocument_language")]

    operations = [migrations.RunPython(create, drop)]
