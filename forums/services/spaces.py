"""Spaces: the standard ones (the collaborative, each network, state and
team), made when first asked for, and working groups that facilitators set
up. Nothing here is broadcast: a new space has no open sockets yet."""

from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext

from community.models import Jurisdiction, LearningNetwork, Team
from forums import permissions
from forums.models import Space
from kernel.standing import Account


def collaborative_space() -> Space:
    space, _ = Space.objects.get_or_create(
        kind=Space.Kind.COLLABORATIVE,
        defaults={
            "slug": "collaborative",
            "name": f"Everyone at the {settings.WAGTAIL_SITE_NAME}",
            "description": "Open to every member: introductions, questions for the whole "
            "collaborative, and news.",
        },
    )
    return space


def _space_of(
    kind: str,
    field: str,
    owner: LearningNetwork | Jurisdiction | Team,
    slug: str,
    description: str,
) -> Space:
    """The one space of a network, state or team, made the first time it is asked for."""
    space, _ = Space.objects.get_or_create(
        **{field: owner},
        defaults={
            "kind": kind,
            "slug": slug[:100],
            "name": owner.name,
            "description": description,
        },
    )
    return space


def network_space(network: LearningNetwork) -> Space:
    return _space_of(
        Space.Kind.NETWORK,
        "network",
        network,
        f"network-{network.slug}",
        f"Teams of the {network.name} learning network, with its faculty and facilitators.",
    )


def jurisdiction_space(jurisdiction: Jurisdiction) -> Space:
    return _space_of(
        Space.Kind.JURISDICTION,
        "jurisdiction",
        jurisdiction,
        f"state-{jurisdiction.slug}",
        f"Every team working in {jurisdiction.name}.",
    )


def team_space(team: Team) -> Space:
    return _space_of(
        Space.Kind.TEAM,
        "team",
        team,
        f"team-{team.slug}",
        f"Private to {team.name} and the faculty who coach it.",
    )


def ensure_standard_spaces() -> None:
    """One space for the collaborative, each network, each state with a team
    and each team. Safe to run again."""
    collaborative_space()
    for network in LearningNetwork.objects.all():
        network_space(network)
    for team in Team.objects.select_related("jurisdiction"):
        team_space(team)
        jurisdiction_space(team.jurisdiction)


@transaction.atomic
def create_group(
    user: Account,
    *,
    name: str,
    description: str = "",
    teams: Iterable[Team] = (),
    people: Iterable[Account] = (),
) -> Space:
    """A working group: a private space for the teams and people a
    facilitator chose."""
    if not permissions.can_create_group(user):
        raise PermissionDenied("Only facilitators set up working groups.")
    name = name.strip()
    if not name:
        raise ValidationError(gettext("Give the group a name."))
    base = "group-" + (slugify(name)[:80] or "working")
    slug, n = base, 1
    while Space.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    space = Space.objects.create(
        kind=Space.Kind.GROUP, slug=slug, name=name, description=description, created_by=user
    )
    space.member_teams.set(teams)
    space.member_people.set(people)
    return space
