"""The cycle pages: who sees a cycle where (its page, the team's page, the
change idea's "Teams testing this", the chart, search), recording one by
the form, sharing it, and starting a discussion with the peer teams."""

from datetime import date

import pytest
from django.urls import reverse

from forums.models import Thread
from measures.factories import EntryFactory, MeasureFactory, TrackedMeasureFactory
from pdsa.factories import CycleFactory
from pdsa.models import Cycle, Sharing
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def cycle(team, idea):
    return CycleFactory(
        team=team, change_idea=idea, own_idea="", title="Hard stop on one unit, Confidential"
    )


def _url(cycle: Cycle, name: str = "pdsa:cycle") -> str:
    return reverse(name, args=[cycle.team.slug, cycle.pk])


def _opens(client, person, url: str) -> bool:
    client.force_login(person)
    return client.get(url).status_code == 200


def test_a_cycle_kept_to_the_team_is_seen_by_the_team_and_its_coaches_only(
    client, cycle, member, coach, peer, far_member, outsider
):
    assert _opens(client, member, _url(cycle)) and _opens(client, coach, _url(cycle))
    for person in (peer, far_member, outsider):
        assert not _opens(client, person, _url(cycle)), person


def test_shared_with_the_network_its_teams_see_it(client, cycle, peer, far_member):
    cycle.sharing = Sharing.NETWORK
    cycle.save()
    assert _opens(client, peer, _url(cycle))
    assert not _opens(client, far_member, _url(cycle))


def test_shared_with_the_collaborative_every_member_sees_it(client, cycle, far_member):
    cycle.sharing = Sharing.COLLABORATIVE
    cycle.save()
    assert _opens(client, far_member, _url(cycle))
    client.logout()
    assert client.get(_url(cycle)).status_code == 302  # visitors sign in first


def test_the_change_idea_lists_only_the_cycles_the_viewer_sees(client, cycle, idea, peer):
    client.force_login(peer)
    page = client.get(idea.url).content.decode()
    assert "Teams testing this" in page and cycle.title not in page
    cycle.sharing = Sharing.NETWORK
    cycle.save()
    page = client.get(idea.url).content.decode()
    assert cycle.title in page and "Ohio State Team" in page
    CycleFactory(team=cycle.team, change_idea=idea, title="Later", sharing=Sharing.NETWORK)
    page = client.get(idea.url).content.decode()
    assert "2 cycles; the latest:" in page
    assert f"/teams/kentucky/cycles/new/?idea={idea.pk}" in page


def test_the_team_page_lists_cycles_as_the_viewer_may_see_them(client, team, cycle, member, peer):
    client.force_login(peer)
    assert cycle.title not in client.get(team.get_absolute_url()).content.decode()
    client.force_login(member)
    page = client.get(team.get_absolute_url()).content.decode()
    assert cycle.title in page and "Record a cycle" in page


def test_a_member_records_a_cycle_by_the_form(client, team, idea, member):
    client.force_login(member)
    form = {
        "title": "Hard stop, one scheduler",
        "change_idea": idea.pk,
        "question": "Does one scheduler refuse every early elective induction?",
        "starts_on": "2026-04-06",
        "ends_on": "2026-04-30",
    }
    response = client.post(reverse("pdsa:new_cycle", args=[team.slug]), form)
    cycle = Cycle.objects.get()
    assert response.status_code == 302 and response.url == _url(cycle)
    assert cycle.change_idea == idea and cycle.ends_on == date(2026, 4, 30)


def test_files_attach_through_the_form_and_stay_the_teams(client, team, idea, member, peer):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kernel.pdf import simple_pdf

    client.force_login(member)
    script = SimpleUploadedFile("script.pdf", simple_pdf("Booking script", ["Ask for the reason"]))
    form = {
        "title": "Hard stop, one desk",
        "change_idea": idea.pk,
        "question": "Will the desk hold it?",
        "starts_on": "2026-04-06",
        "files": [script],
    }
    client.post(reverse("pdsa:new_cycle", args=[team.slug]), form)
    cycle = Cycle.objects.get()
    assert cycle.attachments.get().title == "script.pdf"
    assert "script.pdf" in client.get(_url(cycle)).content.decode()
    cycle.sharing = Sharing.NETWORK
    cycle.save()
    client.force_login(peer)
    page = client.get(_url(cycle)).content.decode()
    assert cycle.title in page and "script.pdf" not in page


def test_a_wrong_form_says_so_and_stores_nothing(client, team, member):
    client.force_login(member)
    form = {"title": "Hard stop", "question": "Will it hold?", "starts_on": "2026-04-06"}
    form |= {"ends_on": "2026-04-01"}
    response = client.post(reverse("pdsa:new_cycle", args=[team.slug]), form)
    page = response.content.decode()
    assert response.status_code == 200 and "Nothing was saved" in page
    assert "cannot end before it starts" in page and "Choose the change idea" in page
    assert not Cycle.objects.exists()


def test_a_next_cycle_starts_from_the_one_it_follows(client, cycle, idea, member):
    client.force_login(member)
    response = client.get(reverse("pdsa:new_cycle", args=[cycle.team.slug]), {"follows": cycle.pk})
    form = response.context["form"]
    assert form.initial["follows"] == cycle.pk and form.initial["change_idea"] == idea.pk
    response = client.get(reverse("pdsa:new_cycle", args=[cycle.team.slug]), {"follows": "x"})
    assert response.status_code == 200 and "follows" not in response.context["form"].initial


def test_only_members_find_the_form(client, team, coach, peer):
    for person in (coach, peer):
        client.force_login(person)
        assert client.get(reverse("pdsa:new_cycle", args=[team.slug])).status_code == 404


def test_a_member_shares_a_cycle(client, cycle, member):
    client.force_login(member)
    client.post(_url(cycle, "pdsa:share_cycle"), {"sharing": "network"})
    cycle.refresh_from_db()
    assert cycle.sharing == Sharing.NETWORK


def test_a_coach_cannot_share_or_delete(client, cycle, coach):
    client.force_login(coach)
    assert client.post(_url(cycle, "pdsa:share_cycle"), {"sharing": "network"}).status_code == 404
    assert client.post(_url(cycle, "pdsa:delete_cycle")).status_code == 404
    cycle.refresh_from_db()
    assert cycle.sharing == Sharing.TEAM


def test_a_member_talks_with_the_teams_testing_the_same_idea(
    client, cycle, idea, member, peer_team, network
):
    CycleFactory(team=peer_team, change_idea=idea, sharing=Sharing.NETWORK)
    client.force_login(member)
    page = client.get(_url(cycle)).content.decode()
    assert "Kentucky Team" in page and "@team-kentucky" in page
    response = client.post(
        _url(cycle, "pdsa:talk_with_peers"),
        {"network": network.pk, "title": "Hard stops", "body": "@team-kentucky how is it going?"},
    )
    thread = Thread.objects.get(title="Hard stops")
    assert thread.space.network == network
    assert response.url == thread.get_absolute_url()


def test_the_discussion_goes_only_to_the_teams_own_networks(client, cycle, idea, member, far_team):
    other = far_team.networks.get()
    client.force_login(member)
    client.post(
        _url(cycle, "pdsa:talk_with_peers"), {"network": other.pk, "title": "T", "body": "B"}
    )
    assert not Thread.objects.filter(title="T").exists()


def test_the_cycle_marks_its_month_on_the_teams_chart(client, team, member):
    measure = MeasureFactory(name="Early elective deliveries", slug="eed")
    tracked = TrackedMeasureFactory(team=team, measure=measure)
    for month in range(1, 7):
        EntryFactory(team=team, measure=measure, period=date(2026, month, 1))
    cycle = CycleFactory(team=team, measure=tracked, starts_on=date(2026, 3, 9))
    client.force_login(member)
    chart = client.get(reverse("measures:chart", args=[team.slug, "eed"])).content.decode()
    assert cycle.title in chart and cycle.get_absolute_url() in chart
    assert "March 2026" in chart
    page = client.get(_url(cycle)).content.decode()
    assert "Run chart of Early elective deliveries" in page


def test_search_finds_a_cycle_only_for_those_who_see_it(
    client, team, idea, member, peer, far_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        cycle = CycleFactory(team=team, change_idea=idea, title="Confidential hard stop")

    def finds(person) -> bool:
        client.force_login(person)
        page = client.get(reverse("search:index"), {"q": "confidential"}).content.decode()
        return cycle.get_absolute_url() in page

    assert finds(member) and not finds(peer) and not finds(far_member)
    with django_capture_on_commit_callbacks(execute=True):
        cycle.sharing = Sharing.NETWORK
        cycle.save()
    assert finds(peer) and not finds(far_member)


def test_a_team_joining_a_network_lets_its_members_find_the_shared_cycles(
    client, team, far_team, far_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        cycle = CycleFactory(team=team, title="Confidential huddle", sharing=Sharing.NETWORK)
    client.force_login(far_member)

    def found() -> bool:
        page = client.get(reverse("search:index"), {"q": "confidential"}).content.decode()
        return cycle.get_absolute_url() in page

    assert not found()
    with django_capture_on_commit_callbacks(execute=True):
        team.networks.add(far_team.networks.get())
    assert found()


def test_a_network_losing_its_teams_takes_their_cycles_from_its_search(
    client, team, peer, peer_team, network, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        cycle = CycleFactory(team=team, title="Confidential ramp", sharing=Sharing.NETWORK)
    client.force_login(peer)

    def found() -> bool:
        page = client.get(reverse("search:index"), {"q": "confidential"}).content.decode()
        return cycle.get_absolute_url() in page

    assert found()
    with django_capture_on_commit_callbacks(execute=True):
        network.teams.clear()  # from the network's side: no team named
        network.teams.add(peer_team)
    assert not found()


def test_the_cycle_page_costs_a_fixed_number_of_queries(client, cycle, member):
    client.force_login(member)
    few = queries_for(client, _url(cycle))
    for n in range(3):
        CycleFactory(team=cycle.team, follows=cycle, title=f"Next {n}")
    assert queries_for(client, _url(cycle)) == few + 0


def test_the_cycle_page_costs_the_same_however_long_its_ramp(client, cycle, member, peer):
    second = CycleFactory(team=cycle.team, follows=cycle, title="Second", sharing=Sharing.NETWORK)
    client.force_login(member)
    short = queries_for(client, _url(second))
    last = second
    for n in range(4):
        last = CycleFactory(
            team=cycle.team, follows=last, title=f"Later {n}", sharing=Sharing.NETWORK
        )
    assert queries_for(client, _url(last)) == short
    titles = [c.title for c in client.get(_url(last)).context["ramp"]]
    assert titles == [cycle.title, "Second", "Later 0", "Later 1", "Later 2", "Later 3"]
    # A network peer sees the shared cycles of the ramp, not the team-only first one.
    client.force_login(peer)
    seen = [c.title for c in client.get(_url(last)).context["ramp"]]
    assert seen == ["Second", "Later 0", "Later 1", "Later 2", "Later 3"]


def test_the_api_answers_as_the_policy_does(client, cycle, member, peer):
    client.force_login(member)
    listed = client.get("/api/pdsa/cycles/", {"team": "ohio"}).json()
    assert [c["title"] for c in listed] == [cycle.title]
    assert listed[0]["change_idea"] == "Hard-stop scheduling policy"
    client.force_login(peer)
    assert client.get("/api/pdsa/cycles/").json() == []
    assert client.get(f"/api/pdsa/cycles/{cycle.pk}/").status_code == 404
    cycle.sharing = Sharing.NETWORK
    cycle.save()
    assert client.get(f"/api/pdsa/cycles/{cycle.pk}/").json()["sharing"] == "network"
