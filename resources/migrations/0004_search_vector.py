"""A stored search vector per resource, GIN-indexed on PostgreSQL; SQLite
keeps the column unused. (0007 drops it: the library's keyword box reads
the resource's search document since.)"""

import django.contrib.postgres.search
from django.db import migrations

INDEX = "resources_resource_search_vector_gin"
VECTOR_SQL = (
    "setweight(to_tsvector('english', coalesce(title, '')), 'A')"
    " || setweight(to_tsvector('english', coalesce(summary, '')), 'B')"
    " || setweight(to_tsvector('english', left(coalesce(body, ''), 100000)), 'C')"
    " || setweight(to_tsvector('english', left(coalesce(file_text, ''), 500000)), 'D')"
)


def index_and_fill(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON resources_resource USING gin (search_vector)"
    )
    schema_editor.execute(f"UPDATE resources_resource SET search_vector = {VECTOR_SQL}")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("resources", "0003_collections")]

    operations = [
        migrations.AddField(
            model_name="resource",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(index_and_fill, drop_index),
    ]
