"""Who may do what with teams and memberships: small predicates, and the
access policy of join requests (kernel.policies), checked by every view and
service that acts on them."""

from typing import TypeVar

from django.db.models import Exists, Model, OuterRef, Q, QuerySet

from community.models import JoinRequest, Membership, Team
from kernel.policies import AccessPolicy
from kernel.standing import Account, AnyUser, standing


def is_member(user: AnyUser, team: Team) -> bool:
    return team.pk in standing(user).team_ids


def can_manage_team(user: AnyUser, team: Team) -> bool:
    return _manages(user, team.pk)


def _manages(user: AnyUser, team_id: int) -> bool:
    """Team leads manage their own team (and decide who joins it);
    administrators manage every team."""
    return bool(user.is_authenticated and user.is_superuser) or (
        team_id in standing(user).led_team_ids
    )


def can_request_to_join(user: AnyUser, team: Team) -> bool:
    return (
        user.is_authenticated
        and user.is_active
        and not is_member(user, team)
        and not team.join_requests.filter(user=user, status=JoinRequest.Status.PENDING).exists()
    )


def can_see_member_emails(user: AnyUser, team: Team) -> bool:
    """Addresses are for teammates and the team's coaches, not the public."""
    return user.is_authenticated and (
        user.is_superuser or is_member(user, team) or team.faculty.filter(pk=user.pk).exists()
    )


def _active(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.is_active)


# --- A team's own work (its cycles, meetings, checklists): the one rule ------
# The team's members and its coaches see it; its members do it;
# administrators do everything. Each type's policy builds on these.


def sees_team_work(user: AnyUser, team_id: int) -> bool:
    mine = standing(user)
    return _active(user) and (mine.superuser or team_id in mine.team_ids | mine.coached_team_ids)


def does_team_work(user: AnyUser, team_id: int) -> bool:
    mine = standing(user)
    return _active(user) and (mine.superuser or team_id in mine.team_ids)


def team_work_seen(user: AnyUser) -> Q | None:
    """The condition on `team` of the work this person sees (None: all of
    it, for administrators; nothing at all for a visitor)."""
    if not _active(user):
        return Q(pk__in=[])
    mine = standing(user)
    return None if mine.superuser else Q(team__in=mine.team_ids | mine.coached_team_ids)


def team_work_done(user: AnyUser) -> Q | None:
    """The condition on `team` of the work this person does (None: all)."""
    if not _active(user):
        return Q(pk__in=[])
    mine = standing(user)
    return None if mine.superuser else Q(team__in=mine.team_ids)


def team_work_people(team_id: int, *, coaches: bool) -> Q:
    """The accounts of a team's members (and its coaches), and administrators."""
    who = Q(is_superuser=True) | Q(pk__in=Membership.objects.filter(team=team_id).values("user"))
    return who | team_coach_people(team_id) if coaches else who


def team_coach_people(team_id: int) -> Q:
    """The accounts of a team's coaches, and administrators."""
    coaches = Team.faculty.through.objects.filter(team=team_id).values("user")
    return Q(is_superuser=True) | Q(pk__in=coaches)


class JoinRequestPolicy(AccessPolicy[JoinRequest]):
    """A request to join a team is seen by the person who asked and by those
    who decide it: the team's leads, and administrators for any team. While
    it is pending, a decider (never on their own request) approves or
    declines it, and the person who asked may withdraw it."""

    model = JoinRequest
    actions = ("view", "decide", "withdraw")

    def can_view(self, user: AnyUser, join_request: JoinRequest) -> bool:
        return _active(user) and (
            user.pk == join_request.user_id or _manages(user, join_request.team_id)
        )

    def view_objects(self, user: AnyUser) -> QuerySet[JoinRequest]:
        if not _active(user):
            return JoinRequest.objects.none()
        if user.is_superuser:
            return JoinRequest.objects.all()
        led = standing(user).led_team_ids
        return JoinRequest.objects.filter(Q(user=user.pk) | Q(team__in=led))

    def view_people(self, join_request: JoinRequest) -> QuerySet[Account]:
        return self.accounts().filter(_deciders(join_request.team_id) | Q(pk=join_request.user_id))

    def can_decide(self, user: AnyUser, join_request: JoinRequest) -> bool:
        return (
            join_request.is_pending
            and _active(user)
            and user.pk != join_request.user_id
            and _manages(user, join_request.team_id)
        )

    def decide_objects(self, user: AnyUser) -> QuerySet[JoinRequest]:
        pending = self.view_objects(user).filter(status=JoinRequest.Status.PENDING)
        if user.is_superuser:
            return pending.exclude(user=user.pk)
        return pending.filter(team__in=standing(user).led_team_ids).exclude(user=user.pk)

    def decide_people(self, join_request: JoinRequest) -> QuerySet[Account]:
        if not join_request.is_pending:
            return self.accounts().none()
        deciders = _deciders(join_request.team_id)
        return self.accounts().filter(deciders).exclude(pk=join_request.user_id)

    # Who is asked, among those who may decide: the team's leads; when the
    # team has no active lead, the administrators.

    def awaiting(self, user: AnyUser) -> QuerySet[JoinRequest]:
        """The requests this person is asked to decide (their dashboard)."""
        asked = self.decide_objects(user)
        if not user.is_superuser:
            return asked
        led = standing(user).led_team_ids
        return asked.filter(Q(team__in=led) | ~Exists(_active_leads(OuterRef("team"))))

    def asked_people(self, join_request: JoinRequest) -> QuerySet[Account]:
        """The people told of a new request."""
        deciders = self.decide_people(join_request)
        leads = deciders.filter(pk__in=_active_leads(join_request.team_id).values("user"))
        return leads if leads.exists() else deciders

    def can_withdraw(self, user: AnyUser, join_request: JoinRequest) -> bool:
        return join_request.is_pending and _active(user) and user.pk == join_request.user_id

    def withdraw_objects(self, user: AnyUser) -> QuerySet[JoinRequest]:
        if not _active(user):
            return JoinRequest.objects.none()
        return JoinRequest.objects.filter(user=user.pk, status=JoinRequest.Status.PENDING)

    def withdraw_people(self, join_request: JoinRequest) -> QuerySet[Account]:
        if not join_request.is_pending:
            return self.accounts().none()
        return self.accounts().filter(pk=join_request.user_id)


def _active_leads(team: int | OuterRef) -> QuerySet[Membership]:
    return Membership.objects.filter(team=team, role=Membership.Role.LEAD, user__is_active=True)


def _deciders(team_id: int) -> Q:
    """Administrators, and the team's leads (a subquery: no duplicate rows)."""
    leads = Membership.objects.filter(team=team_id, role=Membership.Role.LEAD).values("user")
    return Q(is_superuser=True) | Q(pk__in=leads)


join_requests = JoinRequestPolicy()
# The names the views and services call: the policy's own methods.
can_decide_join_request = join_requests.can_decide
can_withdraw_join_request = join_requests.can_withdraw


W = TypeVar("W", bound=Model)


class TeamWorkPolicy(AccessPolicy[W]):
    """The policy of a type of a team's own work, with a `team` foreign key
    (a meeting, an action, progress on a checklist): seen by the team and
    its coaches, changed by its members. Each app subclasses it with its
    `model`, and may name its `change` action otherwise."""

    actions = ("view", "change")

    sees_team = staticmethod(sees_team_work)
    works_in = staticmethod(does_team_work)

    @staticmethod
    def _team(obj: W) -> int:
        team_id: int = obj.team_id  # type: ignore[attr-defined]
        return team_id

    def _filtered(self, condition: Q | None) -> QuerySet[W]:
        everything: QuerySet[W] = self.model._default_manager.all()
        return everything if condition is None else everything.filter(condition)

    def can_view(self, user: AnyUser, obj: W) -> bool:
        return sees_team_work(user, self._team(obj))

    def view_objects(self, user: AnyUser) -> QuerySet[W]:
        return self._filtered(team_work_seen(user))

    def view_people(self, obj: W) -> QuerySet[Account]:
        return self.accounts().filter(team_work_people(self._team(obj), coaches=True))

    def can_change(self, user: AnyUser, obj: W) -> bool:
        return does_team_work(user, self._team(obj))

    def change_objects(self, user: AnyUser) -> QuerySet[W]:
        return self._filtered(team_work_done(user))

    def change_people(self, obj: W) -> QuerySet[Account]:
        return self.accounts().filter(team_work_people(self._team(obj), coaches=False))
