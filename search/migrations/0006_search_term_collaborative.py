import re

from django.db import migrations, models

_WORD = re.compile(r"[a-z][a-z0-9'-]{2,29}")


def mark_title_words(apps, schema_editor):
    """An existing word list learns which words are in public titles at
    once (a rebuild, `manage.py search_index`, adds the topics' names)."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            """
            UPDATE search_searchterm SET collaborative = true WHERE word IN (
                SELECT word FROM ts_stat($$
                    SELECT to_tsvector('simple', title) FROM search_searchdocument
                    WHERE access LIKE '%% public %%' AND title <> ''
                $$))
            """,
            [],
        )
        return
    SearchDocument = apps.get_model("search", "SearchDocument")
    SearchTerm = apps.get_model("search", "SearchTerm")
    titles = SearchDocument.objects.filter(access__contains=" public ").values_list(
        "title", flat=True
    )
    words = {w.strip("'-") for title in titles.iterator() for w in _WORD.findall(title.lower())}
    SearchTerm.objects.filter(word__in=sorted(words)).update(collaborative=True)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_unsent_change"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchterm",
            name="collaborative",
            field=models.BooleanField(
                default=False,
                help_text="One of the collaborative's own words (in a public title or a topic's"
                " name): preferred when respelling.",
            ),
        ),
        migrations.RunPython(mark_title_words, migrations.RunPython.noop),
    ]
