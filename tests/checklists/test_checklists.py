"""Benchmark checklists: a team records its progress with evidence, every
change is kept, coaches see their teams on one page, and the network sees
how many teams meet each item without names."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from checklists import services
from checklists.models import Checklist, ChecklistItem, Progress, Status
from community.factories import MembershipFactory, TeamFactory, UserFactory
from resources.factories import ResourceFactory
from resources.models import Visibility
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def checklist(network):
    steps = Checklist.objects.create(name="Ten Steps", slug="ten-steps", network=network)
    for n, (group, text) in enumerate(
        [("Management", "Written feeding policy"), ("Clinical", "Skin-to-skin after birth")]
    ):
        ChecklistItem.objects.create(checklist=steps, sort_order=n, group=group, text=text)
    return steps


@pytest.fixture
def item(checklist):
    return checklist.items.first()


@pytest.fixture
def coach(team):
    person = UserFactory(username="coach")
    team.faculty.add(person)
    return person


def test_a_member_records_progress_and_its_history_is_kept(team, member, item):
    services.record_progress(member, team, item, Status.IN_PROGRESS, date(2026, 1, 5))
    policy = ResourceFactory(team=team, contributor=member, visibility=Visibility.TEAM)
    services.record_progress(member, team, item, Status.MET, date(2026, 3, 2), policy, "Signed")
    progress = Progress.objects.get()
    assert progress.status == Status.MET and progress.evidence == policy
    assert [c.status for c in progress.history.all()] == [Status.MET, Status.IN_PROGRESS]


@pytest.mark.parametrize(
    "status, since, message",
    [
        ("done", date(2026, 1, 5), "not started, in progress or met"),
        (Status.MET, None, "day the item was met"),
        (Status.IN_PROGRESS, timezone.localdate() + timedelta(days=3), "in the future"),
    ],
)
def test_wrong_progress_is_refused_and_nothing_stored(team, member, item, status, since, message):
    with pytest.raises(ValidationError) as refused:
        services.record_progress(member, team, item, status, since)
    assert any(message in text for text in refused.value.messages)
    assert not Progress.objects.exists()


def test_evidence_must_be_a_resource_the_member_can_open(team, member, item):
    other = TeamFactory(slug="elsewhere")
    theirs = ResourceFactory(team=other, visibility=Visibility.TEAM)
    with pytest.raises(ValidationError, match="can open"):
        services.record_progress(member, team, item, Status.MET, date(2026, 1, 5), theirs)
    assert not Progress.objects.exists()


def test_a_checklist_of_another_network_is_refused(member, team, checklist):
    far = TeamFactory(slug="far-team")
    MembershipFactory(team=far, user=member)
    with pytest.raises(ValidationError, match="not in"):
        services.record_progress(member, far, checklist.items.first(), Status.MET, date(2026, 1, 5))


def test_only_members_record(team, coach, outsider, item):
    for person in (coach, outsider):
        with pytest.raises(PermissionDenied):
            services.record_progress(person, team, item, Status.MET, date(2026, 1, 5))


def test_the_team_and_its_coaches_see_its_progress(client, team, member, coach, outsider, item):
    services.record_progress(member, team, item, Status.MET, date(2026, 1, 5), note="Ratified")
    url = reverse("checklists:team_checklist", args=[team.slug, "ten-steps"])
    for person, status in ((member, 200), (coach, 200), (outsider, 404)):
        client.force_login(person)
        assert client.get(url).status_code == status
    client.force_login(coach)
    assert "1 of 2" in client.get(reverse("checklists:coaching")).content.decode()


def test_the_network_sees_how_many_teams_meet_each_item_but_not_which(
    client, team, member, item, network
):
    other = TeamFactory(slug="second", name="Secret Second Hospital", networks=[network])
    Progress.objects.create(team=other, item=item, status=Status.MET)
    services.record_progress(member, team, item, Status.MET, date(2026, 1, 5))
    client.force_login(member)
    page = client.get(reverse("checklists:checklist", args=["ten-steps"])).content.decode()
    assert "2 of 2" in page and "Secret Second Hospital" not in page
    other.networks.set([TeamFactory(slug="third").networks.get()])  # it left the network
    page = client.get(reverse("checklists:checklist", args=["ten-steps"])).content.decode()
    assert "1 of 1" in page
    client.logout()
    page = client.get(reverse("checklists:checklist", args=["ten-steps"])).content.decode()
    assert "Written feeding policy" in page and "1 of 1" not in page


def test_a_wrong_form_says_why_and_stores_nothing(client, team, member, item):
    client.force_login(member)
    url = reverse("checklists:item_progress", args=[team.slug, "ten-steps", item.pk])
    page = client.post(url, {"status": "met", "since": ""}).content.decode()
    assert "Give the day the item was met." in page
    assert not Progress.objects.exists()


def test_the_coaching_page_costs_the_same_for_one_team_or_five(client, team, coach, item, network):
    services.record_progress(
        MembershipFactory(team=team).user, team, item, Status.MET, date(2026, 1, 5)
    )
    client.force_login(coach)
    url = reverse("checklists:coaching")
    one = queries_for(client, url)
    for n in range(4):
        other = TeamFactory(name=f"County team {n}", networks=[network])
        other.faculty.add(coach)
    assert queries_for(client, url) == one
    shown = client.get(url).context["teams"]
    assert [t.name for t, _ in shown] == sorted(t.name for t, _ in shown)
    met = {
        t.name: [(s.checklist.name, s.met, s.items) for s in standings] for t, standings in shown
    }
    assert met == {
        team.name: [("Ten Steps", 1, 2)],
        **{f"County team {n}": [("Ten Steps", 0, 2)] for n in range(4)},
    }
