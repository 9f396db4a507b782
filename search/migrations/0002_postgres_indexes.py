"""On PostgreSQL: GIN indexes over the stored vectors and over the facet keys
as an array (the expression search.backends.postgres queries), and trigram
matching for "did you mean". Access keys have no index: everyone holds
"public", so it would narrow nothing. SQLite needs none of them."""

from django.db import migrations

INDEXES = {
    "search_doc_vector_gin": "search_vector",
    "search_doc_title_words_gin": "title_words",
    "search_doc_facets_gin": "(string_to_array(btrim(facets), ' '))",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, expression in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON search_searchdocument USING gin ({expression})"
        )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS search_term_trgm ON search_searchterm"
        " USING gin (word gin_trgm_ops)"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in [*INDEXES, "search_term_trgm"]:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
