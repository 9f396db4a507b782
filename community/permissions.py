"""Who may do what with teams and memberships. Small predicates, checked by
every view and service that acts on them."""

from community.models import JoinRequest, Team
from kernel.standing import AnyUser, standing


def is_member(user: AnyUser, team: Team) -> bool:
    return team.pk in standing(user).team_ids


def is_team_lead(user: AnyUser, team: Team) -> bool:
    return team.pk in standing(user).led_team_ids


def can_manage_team(user: AnyUser, team: Team) -> bool:
    """Team leads manage their own team; administrators manage every team."""
    return user.is_authenticated and (user.is_superuser or is_team_lead(user, team))


def can_request_to_join(user: AnyUser, team: Team) -> bool:
    return (
        user.is_authenticated
        and user.is_active
        and not is_member(user, team)
        and not team.join_requests.filter(user=user, status=JoinRequest.Status.PENDING).exists()
    )


def can_decide_join_request(user: AnyUser, join_request: JoinRequest) -> bool:
    """A lead of the team decides, never on their own request."""
    return (
        join_request.is_pending
        and user.is_authenticated
        and user.pk != join_request.user_id
        and can_manage_team(user, join_request.team)
    )


def can_withdraw_join_request(user: AnyUser, join_request: JoinRequest) -> bool:
    return join_request.is_pending and user.is_authenticated and user.pk == join_request.user_id


def can_see_member_emails(user: AnyUser, team: Team) -> bool:
    """Addresses are for teammates and the team's coaches, not the public."""
    return user.is_authenticated and (
        user.is_superuser or is_member(user, team) or team.faculty.filter(pk=user.pk).exists()
    )
