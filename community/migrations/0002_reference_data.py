"""The 59 jurisdictions, the site-wide role groups and the home page."""

import uuid

from django.db import migrations

from community import reference_data


def load_jurisdictions(apps, schema_editor):
    reference_data.load_jurisdictions(apps.get_model("core", "Jurisdiction"))


def create_role_groups(apps, schema_editor):
    # What the groups may do is set after migrating (kernel/roles.py).
    reference_data.create_role_groups(apps.get_model("auth", "Group"))


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("core", "HomePage")
    if HomePage.objects.exists():
        return
    # Wagtail's first migration leaves a plain welcome page; ours replaces it.
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    root = Page.objects.get(depth=1)
    locale = Locale.objects.order_by("pk").first() or Locale.objects.create(language_code="en")
    content_type, _ = ContentType.objects.get_or_create(app_label="core", model="homepage")
    last_child = Page.objects.filter(depth=2).order_by("-path").first()
    position = int(last_child.path[4:8], 36) + 1 if last_child else 1
    path = root.path + _base36(position).rjust(4, "0")
    home = HomePage.objects.create(
        title="Home",
        draft_title="Home",
        slug="home",
        content_type=content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        translation_key=uuid.uuid4(),
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True,
        site_name="Collaboratory",
    )


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while number:
        number, remainder = divmod(number, 36)
        out = digits[remainder] + out
    return out or "0"


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(load_jurisdictions, migrations.RunPython.noop),
        migrations.RunPython(create_role_groups, migrations.RunPython.noop),
        migrations.RunPython(create_home_page, migrations.RunPython.noop),
    ]
