from django.db import migrations


def add_spanish(apps, schema_editor):
    # Pages in Spanish live in a tree of their own, under this locale.
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="es")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_profile_language"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(add_spanish, migrations.RunPython.noop)]
