"""The 59 jurisdictions, the site-wide role groups and the home page."""

import uuid

from django.contrib.auth.management import create_permissions
from django.db import migrations

STATE, DISTRICT, TERRITORY, FREELY = "state", "district", "territory", "freely_associated"

# name, postal code, kind, HHS region
JURISDICTIONS = [
    ("Alabama", "AL", STATE, 4), ("Alaska", "AK", STATE, 10), ("Arizona", "AZ", STATE, 9),
    ("Arkansas", "AR", STATE, 6), ("California", "CA", STATE, 9), ("Colorado", "CO", STATE, 8),
    ("Connecticut", "CT", STATE, 1), ("Delaware", "DE", STATE, 3), ("Florida", "FL", STATE, 4),
    ("Georgia", "GA", STATE, 4), ("Hawaii", "HI", STATE, 9), ("Idaho", "ID", STATE, 10),
    ("Illinois", "IL", STATE, 5), ("Indiana", "IN", STATE, 5), ("Iowa", "IA", STATE, 7),
    ("Kansas", "KS", STATE, 7), ("Kentucky", "KY", STATE, 4), ("Louisiana", "LA", STATE, 6),
    ("Maine", "ME", STATE, 1), ("Maryland", "MD", STATE, 3), ("Massachusetts", "MA", STATE, 1),
    ("Michigan", "MI", STATE, 5), ("Minnesota", "MN", STATE, 5), ("Mississippi", "MS", STATE, 4),
    ("Missouri", "MO", STATE, 7), ("Montana", "MT", STATE, 8), ("Nebraska", "NE", STATE, 7),
    ("Nevada", "NV", STATE, 9), ("New Hampshire", "NH", STATE, 1), ("New Jersey", "NJ", STATE, 2),
    ("New Mexico", "NM", STATE, 6), ("New York", "NY", STATE, 2),
    ("North Carolina", "NC", STATE, 4), ("North Dakota", "ND", STATE, 8), ("Ohio", "OH", STATE, 5),
    ("Oklahoma", "OK", STATE, 6), ("Oregon", "OR", STATE, 10), ("Pennsylvania", "PA", STATE, 3),
    ("Rhode Island", "RI", STATE, 1), ("South Carolina", "SC", STATE, 4),
    ("South Dakota", "SD", STATE, 8), ("Tennessee", "TN", STATE, 4), ("Texas", "TX", STATE, 6),
    ("Utah", "UT", STATE, 8), ("Vermont", "VT", STATE, 1), ("Virginia", "VA", STATE, 3),
    ("Washington", "WA", STATE, 10), ("West Virginia", "WV", STATE, 3),
    ("Wisconsin", "WI", STATE, 5), ("Wyoming", "WY", STATE, 8),
    ("District of Columbia", "DC", DISTRICT, 3),
    ("Puerto Rico", "PR", TERRITORY, 2), ("U.S. Virgin Islands", "VI", TERRITORY, 2),
    ("Guam", "GU", TERRITORY, 9), ("American Samoa", "AS", TERRITORY, 9),
    ("Northern Mariana Islands", "MP", TERRITORY, 9),
    ("Federated States of Micronesia", "FM", FREELY, 9),
    ("Marshall Islands", "MH", FREELY, 9), ("Palau", "PW", FREELY, 9),
]

# Group name -> permissions (app_label.codename) it carries.
COMMUNITY_CHANGE = [
    f"core.{action}_{model}"
    for model in ("team", "membership", "joinrequest", "profile")
    for action in ("add", "change", "view")
]
ROLE_GROUPS = {
    "Editors": ["wagtailadmin.access_admin", *COMMUNITY_CHANGE, "core.change_learningnetwork"],
    "Moderators": ["wagtailadmin.access_admin", "core.view_team", "core.view_membership"],
    "Facilitators": ["wagtailadmin.access_admin", *COMMUNITY_CHANGE],
    "Faculty": [],
}


def slugify(name):
    from django.utils.text import slugify as django_slugify

    return django_slugify(name)


def load_jurisdictions(apps, schema_editor):
    Jurisdiction = apps.get_model("core", "Jurisdiction")
    for name, code, kind, region in JURISDICTIONS:
        Jurisdiction.objects.update_or_create(
            postal_code=code,
            defaults={"name": name, "slug": slugify(name), "kind": kind, "hhs_region": region},
        )


def create_role_groups(apps, schema_editor):
    # Model permissions are normally made after migrating; make them now.
    for app_label in ("core",):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in ROLE_GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for code in codes:
            app_label, codename = code.split(".")
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission:
                group.permissions.add(permission)


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
