from django.db import migrations

CARE_SETTINGS = [
    ("hospital", "Hospital"),
    ("community", "Community"),
    ("state-agency", "State agency"),
    ("payer", "Payer"),
]


def load_care_settings(apps, schema_editor):
    CareSetting = apps.get_model("toolkit", "CareSetting")
    for order, (slug, name) in enumerate(CARE_SETTINGS):
        CareSetting.objects.update_or_create(slug=slug, defaults={"name": name, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("toolkit", "0001_initial")]

    operations = [migrations.RunPython(load_care_settings, migrations.RunPython.noop)]
