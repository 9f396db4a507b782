"""Who may see and change measures and a team's data (kernel.policies).

A team's data (its tracked measures, entries, groups, history and review
comments) is the team's: its members and its coaches see it; its lead and
data lead enter it; its coaches review what was submitted. Nobody else
sees a team's own figures. Beyond it, figures are added up and pass
through small-number suppression (measures.rollups): a network's
participants see its totals and de-identified benchmarks
(`sees_network_figures`, `named_teams`); everyone sees the state and county
profiles of measures an editor published.
A measure of the dictionary is public once published; a team's own measure
is the team's until it shares it."""

from django.db.models import Q, QuerySet

from community.models import LearningNetwork, Membership, Team
from community.permissions import (
    sees_team_work,
    team_coach_people,
    team_work_people,
    team_work_seen,
)
from kernel.policies import AccessPolicy
from kernel.roles import SiteRole
from kernel.standing import Account, AnyUser, standing
from measures.models import Entry, Measure, TrackedMeasure


def _active(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.is_active)


def _recorders(team_id: int) -> Q:
    recorders = Membership.objects.filter(team=team_id, role__in=Membership.DATA_ROLES)
    return Q(is_superuser=True) | Q(pk__in=recorders.values("user"))


class TeamDataPolicy(AccessPolicy[Entry]):
    """A team's entries: seen by the team and its coaches, recorded by its
    lead and data lead, reviewed by its coaches once submitted."""

    model = Entry
    actions = ("view", "record", "review")

    def sees(self, user: AnyUser, team_id: int) -> bool:
        """Whether this person sees the team's data at all (its measures
        pages): the question every view of a team's data asks first."""
        return sees_team_work(user, team_id)

    def records(self, user: AnyUser, team_id: int) -> bool:
        """The team's lead or data lead (or an administrator) enters its data."""
        mine = standing(user)
        return _active(user) and (mine.superuser or team_id in mine.data_team_ids)

    def can_view(self, user: AnyUser, entry: Entry) -> bool:
        return self.sees(user, entry.team_id)

    def view_objects(self, user: AnyUser) -> QuerySet[Entry]:
        seen = team_work_seen(user)
        return Entry.objects.all() if seen is None else Entry.objects.filter(seen)

    def view_people(self, entry: Entry) -> QuerySet[Account]:
        return self.accounts().filter(team_work_people(entry.team_id, coaches=True))

    def can_record(self, user: AnyUser, entry: Entry) -> bool:
        return self.records(user, entry.team_id)

    def record_objects(self, user: AnyUser) -> QuerySet[Entry]:
        if not _active(user):
            return Entry.objects.none()
        mine = standing(user)
        if mine.superuser:
            return Entry.objects.all()
        return Entry.objects.filter(team__in=mine.data_team_ids)

    def record_people(self, entry: Entry) -> QuerySet[Account]:
        return self.accounts().filter(_recorders(entry.team_id))

    def can_review(self, user: AnyUser, entry: Entry) -> bool:
        if entry.status != Entry.Status.SUBMITTED or not _active(user):
            return False
        mine = standing(user)
        return mine.superuser or entry.team_id in mine.coached_team_ids

    def review_objects(self, user: AnyUser) -> QuerySet[Entry]:
        if not _active(user):
            return Entry.objects.none()
        submitted = Entry.objects.filter(status=Entry.Status.SUBMITTED)
        mine = standing(user)
        return submitted if mine.superuser else submitted.filter(team__in=mine.coached_team_ids)

    def review_people(self, entry: Entry) -> QuerySet[Account]:
        if entry.status != Entry.Status.SUBMITTED:
            return self.accounts().none()
        return self.accounts().filter(team_coach_people(entry.team_id))


class TrackedMeasurePolicy(AccessPolicy[TrackedMeasure]):
    """Which measures a team tracks, and its aims: the team's, like its data."""

    model = TrackedMeasure
    actions = ("view",)

    def can_view(self, user: AnyUser, tracked: TrackedMeasure) -> bool:
        return team_data.sees(user, tracked.team_id)

    def view_objects(self, user: AnyUser) -> QuerySet[TrackedMeasure]:
        seen = team_work_seen(user)
        return TrackedMeasure.objects.all() if seen is None else TrackedMeasure.objects.filter(seen)

    def view_people(self, tracked: TrackedMeasure) -> QuerySet[Account]:
        return self.accounts().filter(team_work_people(tracked.team_id, coaches=True))

    def measures_of(self, user: AnyUser, team: Team) -> QuerySet[Measure]:
        """The measures `team` tracks, as this person may see that: by name."""
        tracked = self.view_objects(user).filter(team=team)
        return Measure.objects.filter(tracked_by__in=tracked).order_by("name")


class MeasurePolicy(AccessPolicy[Measure]):
    """A published measure of the dictionary, or one a team shared, is
    everyone's; a team's own measure is its team's and coaches'; a measure
    not yet published is the editors'."""

    model = Measure
    actions = ("view",)

    def can_view(self, user: AnyUser, measure: Measure) -> bool:
        if measure.is_public:
            return True
        if measure.team_id is None:
            return _active(user) and _edits(user)
        return sees_team_work(user, measure.team_id)

    def view_objects(self, user: AnyUser) -> QuerySet[Measure]:
        public = Q(pk__in=Measure.objects.public().values("pk"))
        if not _active(user):
            return Measure.objects.filter(public)
        teams = team_work_seen(user)
        if teams is None:  # administrators
            return Measure.objects.all()
        allowed = public | teams
        if _edits(user):
            allowed |= Q(team__isnull=True)
        return Measure.objects.filter(allowed)

    def view_people(self, measure: Measure) -> QuerySet[Account]:
        if measure.is_public:
            return self.accounts()
        if measure.team_id is None:
            editors = Q(is_superuser=True) | Q(groups__name=SiteRole.EDITOR.value)
            return self.accounts().filter(pk__in=self.accounts().filter(editors).values("pk"))
        return self.accounts().filter(team_work_people(measure.team_id, coaches=True))


def _edits(user: AnyUser) -> bool:
    return standing(user).has_role(SiteRole.EDITOR)


def sees_network_figures(user: AnyUser, network: LearningNetwork) -> bool:
    """A network's totals and benchmarks: for its teams' members and
    coaches, and for editors."""
    if not _active(user):
        return False
    mine = standing(user)
    if mine.superuser or _edits(user) or network.pk in mine.network_ids:
        return True
    return Team.objects.filter(pk__in=mine.coached_team_ids, networks=network).exists()


def named_teams(user: AnyUser) -> frozenset[int] | None:
    """The teams this person sees named in a benchmark without their
    consent: their own and those they coach (None: every team, for
    administrators)."""
    mine = standing(user)
    if mine.superuser:
        return None
    return mine.team_ids | mine.coached_team_ids


team_data = TeamDataPolicy()
tracked_measures = TrackedMeasurePolicy()
measures = MeasurePolicy()
# The names the views and services call: the policies' own methods.
sees_team_data = team_data.sees
records_for = team_data.records
can_record = team_data.can_record
can_review = team_data.can_review
can_view_measure = measures.can_view
