"""Each document's language, and on PostgreSQL the Spanish text-search
configuration its vectors are built with: Spanish stems after `unaccent`
(a trusted extension, like pg_trgm), so "sueno" finds "sueño"."""

from django.db import migrations, models

SPANISH = """
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'collab_spanish') THEN
        CREATE TEXT SEARCH CONFIGURATION collab_spanish (COPY = spanish);
        ALTER TEXT SEARCH CONFIGURATION collab_spanish
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
    END IF;
END $$
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(SPANISH)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS collab_spanish")


class Migration(migrations.Migration):
    dependencies = [("search", "0006_search_term_collaborative")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="language",
            field=models.CharField(
                default="en",
                help_text='What its words are stemmed as: "es" (Spanish) or "en" (everything'
                " else).",
                max_length=2,
            ),
        ),
        migrations.RunPython(create, drop),
    ]
