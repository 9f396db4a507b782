"""Spaces for the networks, teams and states that existed before the
discussions did. New ones get theirs from signals (forums.signals)."""

from django.db import migrations


def create_spaces(apps, schema_editor):
    Space = apps.get_model("forums", "Space")
    LearningNetwork = apps.get_model("core", "LearningNetwork")
    Team = apps.get_model("core", "Team")
    Space.objects.get_or_create(
        kind="collaborative",
        defaults={"slug": "collaborative", "name": "Everyone in the collaborative"},
    )
    for network in LearningNetwork.objects.all():
        Space.objects.get_or_create(
            network=network,
            defaults={"kind": "network", "slug": f"network-{network.slug}", "name": network.name},
        )
    for team in Team.objects.select_related("jurisdiction"):
        Space.objects.get_or_create(
            team=team, defaults={"kind": "team", "slug": f"team-{team.slug}", "name": team.name}
        )
        state = team.jurisdiction
        Space.objects.get_or_create(
            jurisdiction=state,
            defaults={"kind": "jurisdiction", "slug": f"state-{state.slug}", "name": state.name},
        )


class Migration(migrations.Migration):
    dependencies = [("forums", "0001_initial"), ("core", "0002_reference_data")]

    operations = [migrations.RunPython(create_spaces, migrations.RunPython.noop)]
