"""The groups values may be broken down by, to start with: the federal
standard race and ethnicity categories (OMB, 2024), payers and age groups.
Editors add, rename and reorder them in the admin; counties are added per
state as teams need them."""

from django.db import migrations

CATEGORIES = {
    "race": [
        ("american-indian-alaska-native", "American Indian or Alaska Native"),
        ("asian", "Asian"),
        ("black", "Black or African American"),
        ("hispanic-latino", "Hispanic or Latino"),
        ("middle-eastern-north-african", "Middle Eastern or North African"),
        ("native-hawaiian-pacific-islander", "Native Hawaiian or Pacific Islander"),
        ("white", "White"),
        ("more-than-one", "More than one race or ethnicity"),
        ("unknown", "Unknown or not reported"),
    ],
    "payer": [
        ("medicaid", "Medicaid or CHIP"),
        ("private", "Private insurance"),
        ("uninsured", "Uninsured"),
        ("other", "Other or unknown payer"),
    ],
    "age": [
        ("under-20", "Under 20"),
        ("20-34", "20 to 34"),
        ("35-and-over", "35 and over"),
    ],
}


def add(apps, schema_editor):
    StratumCategory = apps.get_model("measures", "StratumCategory")
    for dimension, groups in CATEGORIES.items():
        for order, (slug, name) in enumerate(groups):
            StratumCategory.objects.get_or_create(
                dimension=dimension,
                jurisdiction=None,
                slug=slug,
                defaults={"name": name, "sort_order": order},
            )


def remove(apps, schema_editor):
    StratumCategory = apps.get_model("measures", "StratumCategory")
    for dimension, groups in CATEGORIES.items():
        StratumCategory.objects.filter(
            dimension=dimension, jurisdiction=None, slug__in=[slug for slug, _ in groups]
        ).delete()


class Migration(migrations.Migration):
    dependencies = [("measures", "0001_initial")]

    operations = [migrations.RunPython(add, remove)]
