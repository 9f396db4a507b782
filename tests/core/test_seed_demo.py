import logging

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command

from community.models import LearningNetwork, Membership, Team

pytestmark = pytest.mark.django_db


def _row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_seed_demo_builds_a_collaborative_and_a_second_run_adds_nothing(
    require_postgres, capsys, caplog
):
    with caplog.at_level(logging.INFO):
        call_command("seed_demo", "--seed", "7")
    first = _row_counts()
    output = capsys.readouterr().out
    assert "admin" in output and "ohio.lead" in output and "password" in output
    # The quick start prints a count per app and the accounts, not a line per
    # page published (Wagtail's log) or the moderation workflow's emails.
    assert len(output.splitlines()) < 30, output
    assert [r.getMessage() for r in caplog.records if r.levelno < logging.WARNING] == []
    assert mail.outbox == []

    assert LearningNetwork.objects.count() == 6
    assert LearningNetwork.objects.filter(slug="safe-sleep").exists()
    assert 18 <= Team.objects.count() <= 25
    assert len(set(Team.objects.values_list("kind", flat=True))) == 4
    assert Team.objects.values("jurisdiction").distinct().count() >= 8
    assert 55 <= get_user_model().objects.count() <= 70
    every_team_has_a_lead = Team.objects.exclude(memberships__role=Membership.Role.LEAD)
    assert not every_team_has_a_lead.exists()
    assert all(1 <= team.networks.count() <= 3 for team in Team.objects.all())

    _assert_toolkit_is_complete()
    _assert_webinars_are_complete()
    _assert_cycles_are_complete()
    _assert_workspaces_are_complete()
    _assert_checklists_are_complete()

    call_command("seed_demo", "--seed", "7")
    assert _row_counts() == first


def _assert_toolkit_is_complete() -> None:
    from toolkit.diagrams import driver_diagram
    from toolkit.models import CaseStudyPage, ChangeIdeaPage, StartHerePage, StrategyAreaPage

    # The English tree; the Spanish copies of part of it are checked in tests/toolkit.
    areas = StrategyAreaPage.objects.live().filter(locale__language_code="en")
    assert areas.count() == 6
    ideas = ChangeIdeaPage.objects.live().filter(locale__language_code="en")
    assert ideas.count() >= 30
    in_diagrams = [idea.pk for area in areas for idea in driver_diagram(area).change_ideas]
    assert sorted(in_diagrams) == sorted(ideas.values_list("pk", flat=True))
    studies = CaseStudyPage.objects.live().filter(locale__language_code="en")
    assert studies.count() >= 6
    assert all(study.results for study in studies)
    start = StartHerePage.objects.live().filter(locale__language_code="en").get()
    assert start.url == "/toolkit/start/"


def _assert_cycles_are_complete() -> None:
    from measures import charts
    from pdsa import queries
    from pdsa.models import Cycle, Sharing

    ohio = Cycle.objects.filter(
        team__slug="ohio", measure__measure__slug="early-elective-deliveries"
    )
    last = ohio.get(decision="adopt")
    ramp = queries.ramp(last)
    assert len(ramp) == 3 and {c.sharing for c in ramp} == {Sharing.NETWORK}
    drawn = charts.charts_for(
        last.measure.measure,
        list(last.measure.measure.entries.filter(team__slug="ohio")),
        last.measure,
    )
    assert sum(getattr(note, "link", None) is not None for note in drawn.notes) == 3
    assert Cycle.objects.filter(team__slug="louisiana", sharing=Sharing.NETWORK).exists()
    assert Cycle.objects.filter(team__slug="lake-erie-regional", sharing=Sharing.TEAM).exists()


def _assert_workspaces_are_complete() -> None:
    from django.utils import timezone

    from meetings.models import ActionItem, Meeting

    lansing = Meeting.objects.filter(team__slug="lansing-task-force")
    assert lansing.filter(starts_at__lt=timezone.now()).count() == 6
    assert lansing.filter(starts_at__gt=timezone.now()).count() == 1
    runners = set(lansing.values_list("facilitator", flat=True))
    assert len(runners) >= 3, "members take turns"
    organizer = Meeting.objects.filter(facilitator__username="lansing.organizer")
    assert organizer.exists(), "the community organizer takes her turn"
    assert ActionItem.objects.filter(team__slug="lansing-task-force", done_at__isnull=True).exists()


def _assert_checklists_are_complete() -> None:
    from checklists.models import Progress, Status

    steps = Progress.objects.filter(item__checklist__slug="ten-steps-breastfeeding")
    assert steps.values("team").distinct().count() == 7
    assert steps.filter(team__slug="great-lakes-womens", status=Status.MET).count() == 10
    assert all(p.history.exists() for p in steps.filter(status=Status.MET)[:5])
    assert steps.filter(status=Status.MET, evidence__isnull=False).exists()


def test_seed_demo_if_empty_leaves_an_existing_collaborative_alone(db, network, capsys):
    call_command("seed_demo", "--if-empty")
    assert "not seeding" in capsys.readouterr().out
    assert LearningNetwork.objects.count() == 1


def _assert_webinars_are_complete() -> None:
    from webinars.models import WebinarPage, WebinarSeriesPage

    assert WebinarSeriesPage.objects.live().count() == 2
    webinars = WebinarPage.objects.live()
    assert webinars.count() >= 12
    states = [webinar.current_state for webinar in webinars]
    assert states.count(WebinarPage.State.UPCOMING) >= 2
    recorded = [w for w in webinars if w.current_state == WebinarPage.State.RECORDED]
    assert len(recorded) >= len(states) // 2
    for webinar in recorded:
        assert webinar.captions and webinar.slides and webinar.video_file
        assert webinar.transcript_segments.count() >= 20
        assert webinar.chapters.count() >= 3


# The demo's words, as the builders read them from the apps' demo_data folders.
# These checks need no database: a broken file fails here, not halfway through a seed.

DEMO_DATA_APPS = ["toolkit", "webinars", "forums"]


def _keys(spec: dict, *required: str) -> None:
    missing = set(required) - set(spec)
    assert not missing, f"{spec.get('slug') or spec.get('title')}: missing {missing}"


def test_every_demo_data_file_is_read_by_its_builder(monkeypatch):
    """Each YAML file loads, and each is one the builders read: a misnamed or
    misplaced file would otherwise be silently left out of the demo."""
    from forums.demo import load_conversations, load_groups
    from kernel import demo_loader
    from toolkit.demo import load_content as load_toolkit
    from webinars.demo import load_content as load_webinars

    read = []
    original = demo_loader.read

    def spy(path):
        read.append(path.resolve())
        return original(path)

    monkeypatch.setattr(demo_loader, "read", spy)
    load_toolkit(), load_webinars(), load_groups(), load_conversations()
    on_disk = {
        path.resolve()
        for app in DEMO_DATA_APPS
        for path in demo_loader.data_dir(app).rglob("*.yaml")
    }
    assert on_disk and set(read) == on_disk


def test_toolkit_demo_data_has_what_the_builder_needs():
    from toolkit.demo import load_content
    from toolkit.models import EvidenceLevel

    content = load_content()
    assert len(content.strategy_areas) == 6
    in_diagrams = []
    for area in content.strategy_areas:
        _keys(area, "network", "title", "aim", "overview", "equity", "drivers")
        _keys(area["equity"], "disparity", "stratify")
        for primary in area["drivers"]:
            _keys(primary, "title", "description", "secondary")
            for secondary in primary["secondary"]:
                _keys(secondary, "title", "change_ideas")
                in_diagrams += [(slug, area["network"]) for slug in secondary["change_ideas"]]
    # Every change idea sits under exactly one secondary driver of its own area.
    assert sorted(slug for slug, _ in in_diagrams) == sorted(content.change_ideas)
    for slug, network in in_diagrams:
        idea = content.change_ideas[slug]
        _keys(idea, "title", "summary", "why_it_works", "evidence", "pdsa", "measures")
        _keys(idea, "watch_for", "settings")
        _keys(idea["pdsa"], "plan", "do", "study", "act")
        assert idea.get("area", network) == network
        assert idea["evidence"] in EvidenceLevel.values
        assert all(isinstance(title, str) for title in idea.get("cites", []))
    studies = {study["slug"]: study for study in content.case_studies}
    assert len(studies) == len(content.case_studies) >= 6
    for study in studies.values():
        _keys(study, "title", "summary", "jurisdiction", "team", "networks", "change_ideas")
        _keys(study, "challenge", "what_they_did", "results", "differently", "contacts")
        assert set(study["change_ideas"]) <= set(content.change_ideas)
        assert study["results"]
    networks = {area["network"] for area in content.strategy_areas}
    for insight in content.key_insights:
        _keys(insight, "title", "text", "strategy_areas", "change_ideas", "case_studies")
        assert set(insight["strategy_areas"]) <= networks
        assert set(insight["change_ideas"]) <= set(content.change_ideas)
        assert set(insight["case_studies"]) <= set(studies)
    _keys(content.pages, "toolkit_intro", "case_studies_intro", "start_here")
    for step in content.pages["start_here"]["steps"]:
        _keys(step, "title", "body", "show_strategy_areas", "link")
        assert step["link"] in {"toolkit", "first_idea", None}


def test_demo_moments_fall_on_a_line_of_their_recordings():
    """The moments toolkit pages cite are in recorded demo webinars, within
    the demo video's 20 minutes, on a line of the captions."""
    from toolkit.demo import load_content as load_toolkit
    from webinars.captions import parse_captions, parse_moment
    from webinars.demo import load_content as load_webinars

    toolkit = load_toolkit()
    webinars = {w["slug"]: w for w in load_webinars().webinars}
    studies = {study["slug"] for study in toolkit.case_studies}
    assert len(toolkit.moments["change_ideas"]) >= 2 and len(toolkit.moments["case_studies"]) == 2
    assert set(toolkit.moments["change_ideas"]) <= set(toolkit.change_ideas)
    assert set(toolkit.moments["case_studies"]) <= studies
    for moments in (
        *toolkit.moments["change_ideas"].values(),
        *toolkit.moments["case_studies"].values(),
    ):
        for moment in moments:
            webinar = webinars[moment["webinar"]]
            second = parse_moment(moment["at"])
            assert webinar["recorded"] and second < 20 * 60
            cues = parse_captions(webinar["captions"])
            assert any(cue.start <= second < cue.end for cue in cues)


def test_webinar_demo_data_has_what_the_builder_needs():
    from webinars.demo import load_content

    content = load_content()
    assert content.intro
    people = set()
    for person in content.presenters:
        _keys(person, "slug", "name", "title", "organisation", "bio", "user")
        people.add(person["slug"])
    series = {spec["slug"] for spec in content.series}
    assert len(series) == 2 and all(spec["title"] and spec["intro"] for spec in content.series)
    slugs = [webinar["slug"] for webinar in content.webinars]
    assert len(set(slugs)) == len(slugs) >= 12
    for webinar in content.webinars:
        _keys(webinar, "series", "title", "abstract", "networks", "topics", "presenters")
        _keys(webinar, "change_ideas", "days_from_now", "start", "time_zone", "duration_minutes")
        _keys(webinar, "recorded")
        assert webinar["series"] in series
        assert set(webinar["presenters"]) <= people
        assert webinar["abstract"] and all(isinstance(p, str) for p in webinar["abstract"])
        hour, minute = (int(part) for part in webinar["start"].split(":"))
        assert 0 <= hour < 24 and 0 <= minute < 60
        if webinar["recorded"]:
            assert webinar["captions"].startswith("WEBVTT\n")
            # Chapters point into the 20 minutes the demo video lasts.
            starts = [chapter["start"] for chapter in webinar["chapters"]]
            assert len(starts) >= 3 and starts == sorted(starts) and starts[-1] < 20 * 60
            assert all(chapter["title"] for chapter in webinar["chapters"])


def test_discussion_demo_data_has_what_the_builder_needs():
    from forums.demo import load_conversations, load_groups

    groups = load_groups()
    for group in groups:
        _keys(group, "slug", "name", "description", "teams")
    conversations = load_conversations()
    assert len(conversations) >= 20
    kinds = {"collaborative", "network", "state", "team", "group"}
    for conversation in conversations:
        _keys(conversation, "space", "title", "messages")
        kind, _, slug = conversation["space"].partition(":")
        assert kind in kinds and (kind == "collaborative") == (slug == "")
        if kind == "group":
            assert slug in {group["slug"] for group in groups}
        assert conversation["messages"]
        for message in conversation["messages"]:
            _keys(message, "author", "body")
            assert isinstance(message["author"], str) and message["body"].strip()


def test_no_demo_aim_has_a_deadline_already_behind_the_site():
    """An aim is in the future tense: one that ends "by the end of 2017" on a
    site dated years later reads as a slip. The demo's aims name no year that
    has passed (the toolkit's strategy areas and the networks' short aims)."""
    import re

    from django.utils import timezone

    from community.demo import NETWORKS
    from toolkit.demo import load_content

    this_year = timezone.now().year
    aims = [area["aim"] for area in load_content().strategy_areas]
    aims += [aim for _, _, _, aim, _ in NETWORKS]
    stale = [
        aim
        for aim in aims
        if any(int(year) < this_year for year in re.findall(r"\b(?:19|20)\d\d\b", aim))
    ]
    assert stale == []
