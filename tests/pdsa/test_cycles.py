"""Recording a team's PDSA cycles: what a cycle needs, what a wrong one is
told (and that it stores nothing), ramps, sharing, and who may do what."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from kernel.pdf import simple_pdf
from measures.factories import MeasureFactory, TrackedMeasureFactory
from pdsa import queries, services
from pdsa.factories import CycleFactory
from pdsa.models import Cycle, Sharing, Stage
from pdsa.services import CycleDetails
from resources.models import Resource, Visibility

pytestmark = pytest.mark.django_db


def _details(**changes) -> CycleDetails:
    values = {
        "title": "Hard stop with two obstetricians",
        "question": "Will two obstetricians hold the hard stop for a month?",
        "starts_on": date(2026, 3, 2),
        "own_idea": "Hard stop before 39 weeks",
    }
    return CycleDetails(**{**values, **changes})


def test_a_member_records_a_cycle_kept_to_the_team(team, member):
    cycle = services.record_cycle(member, team, _details())
    assert cycle.team == team and cycle.sharing == Sharing.TEAM
    assert cycle.created_by == member


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"title": "  "}, "short title"),
        ({"question": ""}, "what the team wants to learn"),
        ({"own_idea": ""}, "Choose the change idea"),
        ({"starts_on": None}, "the day the test starts"),
        ({"ends_on": date(2026, 3, 1)}, "cannot end before it starts"),
        ({"decision": "adopt"}, "study of the results before deciding"),
        ({"decision": "maybe", "study": "It held."}, "adopt, adapt or abandon"),
        ({"prediction": "x" * 5001}, "5000 characters"),
    ],
)
def test_a_wrong_cycle_is_told_why_and_nothing_is_stored(team, member, changes, message):
    with pytest.raises(ValidationError) as refused:
        services.record_cycle(member, team, _details(**changes))
    assert any(message in text for text in refused.value.messages)
    assert not Cycle.objects.exists()


def test_a_refused_cycle_keeps_none_of_its_files(team, member):
    upload = SimpleUploadedFile("script.pdf", simple_pdf("Hard stop script", ["Call the chief"]))
    with pytest.raises(ValidationError):
        services.record_cycle(member, team, _details(title="", files=[upload]))
    assert not Resource.objects.exists()


def test_files_are_kept_as_team_only_resources(team, member):
    upload = SimpleUploadedFile("script.pdf", simple_pdf("Hard stop script", ["Call the chief"]))
    cycle = services.record_cycle(member, team, _details(files=[upload]))
    (kept,) = cycle.attachments.all()
    assert kept.visibility == Visibility.TEAM and kept.team == team
    assert kept.summary == f"Attached to a PDSA cycle by {team.name}."


def test_a_cycle_follows_only_its_own_teams_cycles(team, member, peer_team):
    theirs = CycleFactory(team=peer_team)
    with pytest.raises(ValidationError, match="same team"):
        services.record_cycle(member, team, _details(follows=theirs))


def test_a_ramp_cannot_loop(team, member):
    first = services.record_cycle(member, team, _details(title="One family"))
    second = services.record_cycle(member, team, _details(title="One shift", follows=first))
    with pytest.raises(ValidationError, match="cannot follow itself"):
        services.change_cycle(member, first, _details(title="One family", follows=second))
    first.refresh_from_db()
    assert first.follows is None and first.title == "One family"


def test_the_measure_must_be_one_the_team_tracks(team, member, peer_team):
    elsewhere = TrackedMeasureFactory(team=peer_team, measure=MeasureFactory())
    with pytest.raises(ValidationError, match="measures the team tracks"):
        services.record_cycle(member, team, _details(measure=elsewhere))


def test_only_members_record_and_change(team, member, coach, peer, outsider):
    for person in (coach, peer, outsider):
        with pytest.raises(PermissionDenied):
            services.record_cycle(person, team, _details())
    cycle = services.record_cycle(member, team, _details())
    with pytest.raises(PermissionDenied):
        services.share_cycle(coach, cycle, Sharing.COLLABORATIVE)
    with pytest.raises(PermissionDenied):
        services.delete_cycle(peer, cycle)
    assert Cycle.objects.get().sharing == Sharing.TEAM


def test_ramps_run_first_to_last_with_the_latest_first(team, member):
    one = CycleFactory(team=team, title="One", starts_on=date(2026, 1, 5))
    two = CycleFactory(team=team, title="Two", follows=one, starts_on=date(2026, 2, 2))
    three = CycleFactory(team=team, title="Three", follows=two, starts_on=date(2026, 3, 2))
    alone = CycleFactory(team=team, title="Alone", starts_on=date(2026, 2, 9))
    found = queries.ramps(queries.team_cycles(member, team))
    assert found == [[one, two, three], [alone]]
    assert queries.ramp(three) == [one, two, three]
    assert queries.built_on(one) == {two.pk, three.pk}


def test_a_cycles_stage_follows_its_dates_and_words():
    today = date(2026, 3, 10)
    cycle = Cycle(starts_on=date(2026, 3, 20), title="t")
    assert cycle.stage(today) == Stage.PLAN
    cycle.starts_on = date(2026, 3, 1)
    assert cycle.stage(today) == Stage.DO
    cycle.what_happened = "Both held it."
    assert cycle.stage(today) == Stage.STUDY
    cycle.decision = "adopt"
    assert cycle.stage(today) == Stage.ACT


def test_a_bad_sharing_choice_changes_nothing(team, member):
    cycle = CycleFactory(team=team)
    with pytest.raises(ValidationError):
        services.share_cycle(member, cycle, "everyone-on-earth")
    cycle.refresh_from_db()
    assert cycle.sharing == Sharing.TEAM


def test_a_branching_ramp_is_under_way_while_a_branch_is(team, member):
    first = CycleFactory(team=team, title="One family", starts_on=date(2026, 1, 5))
    going = CycleFactory(team=team, follows=first, title="Day shift", starts_on=date(2026, 2, 2))
    dropped = CycleFactory(
        team=team,
        follows=first,
        title="Night shift",
        starts_on=date(2026, 2, 9),
        study="Nights had no one to run it.",
        decision="abandon",
    )
    (ramp,) = queries.ramps(queries.team_cycles(member, team))
    assert [c.depth for c in ramp] == [1, 2, 2]
    assert queries.is_active(ramp)
    going.study, going.decision = "It held.", "adopt"
    going.save()
    (ramp,) = queries.ramps(queries.team_cycles(member, team))
    assert not queries.is_active(ramp) and dropped in ramp
