"""How a person's standing (kernel/standing.py) is read from the
community's tables: their memberships, the teams they coach, those teams'
states and networks, and their site roles. Registered with the kernel from
`CommunityConfig.ready()`; everything else asks `kernel.standing.standing`."""

from community.models import Membership, Team
from kernel.standing import Account, Standing


def read(user: Account) -> Standing:
    memberships = list(Membership.objects.filter(user=user).values_list("team_id", "role"))
    team_ids = frozenset(team_id for team_id, _ in memberships)
    coached = frozenset(Team.objects.filter(faculty=user).values_list("pk", flat=True))
    return Standing(
        team_ids=team_ids,
        led_team_ids=frozenset(t for t, role in memberships if role == Membership.Role.LEAD),
        data_team_ids=frozenset(t for t, role in memberships if role in Membership.DATA_ROLES),
        coached_team_ids=coached,
        jurisdiction_ids=frozenset(
            Team.objects.filter(pk__in=team_ids | coached).values_list("jurisdiction_id", flat=True)
        ),
        network_ids=frozenset(
            Team.networks.through.objects.filter(team_id__in=team_ids).values_list(
                "learningnetwork_id", flat=True
            )
        ),
        roles=frozenset(user.groups.values_list("name", flat=True)),
        superuser=user.is_superuser,
        uses_admin=user.is_staff or user.has_perm("wagtailadmin.access_admin"),
    )
