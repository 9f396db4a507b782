"""Audiences, and the moderation workflow new shares go through: one review
task for editors and facilitators, with the permissions they need."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

AUDIENCES = [
    ("clinicians", "Clinicians"),
    ("public-health", "Public health staff"),
    ("families", "Community members and families"),
    ("leaders", "Leaders"),
]
REVIEWERS = ["Editors", "Facilitators"]


def load(apps, schema_editor):
    Audience = apps.get_model("resources", "Audience")
    for order, (slug, name) in enumerate(AUDIENCES):
        Audience.objects.update_or_create(slug=slug, defaults={"name": name, "sort_order": order})

    app_config = apps.get_app_config("resources")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    resource_type, _ = ContentType.objects.get_or_create(app_label="resources", model="resource")
    # Wagtail adds this one after migrating; it is needed now, and get_or_create agrees.
    Permission.objects.get_or_create(
        content_type=resource_type, codename="publish_resource",
        defaults={"name": "Can publish resource"},
    )
    codes = ["add_resource", "change_resource", "view_resource", "publish_resource"]
    reviewers = Group.objects.filter(name__in=REVIEWERS)
    for group in reviewers:
        group.permissions.add(
            *Permission.objects.filter(content_type=resource_type, codename__in=codes)
        )

    Workflow = apps.get_model("wagtailcore", "Workflow")
    if Workflow.objects.filter(name="Resource moderation").exists():
        return
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.create(
        name="Review by editors and facilitators", content_type=task_type, active=True
    )
    task.groups.set(reviewers)
    workflow = Workflow.objects.create(name="Resource moderation", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.create(content_type=resource_type, workflow=workflow)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("core", "0002_reference_data"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
