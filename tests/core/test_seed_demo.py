import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command

from collaboratory.models import LearningNetwork, Membership, Team

pytestmark = pytest.mark.django_db


def _row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_seed_demo_builds_a_collaborative_and_a_second_run_adds_nothing(require_postgres, capsys):
    call_command("seed_demo", "--seed", "7")
    first = _row_counts()
    output = capsys.readouterr().out
    assert "admin" in output and "ohio.lead" in output and "password" in output

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

    call_command("seed_demo", "--seed", "7")
    assert _row_counts() == first


def _assert_toolkit_is_complete() -> None:
    from toolkit.diagrams import driver_diagram
    from toolkit.models import CaseStudyPage, ChangeIdeaPage, StartHerePage, StrategyAreaPage

    areas = StrategyAreaPage.objects.live()
    assert areas.count() == 6
    ideas = ChangeIdeaPage.objects.live()
    assert ideas.count() >= 30
    in_diagrams = [idea.pk for area in areas for idea in driver_diagram(area).change_ideas]
    assert sorted(in_diagrams) == sorted(ideas.values_list("pk", flat=True))
    studies = CaseStudyPage.objects.live()
    assert studies.count() >= 6
    assert all(study.results for study in studies)
    assert StartHerePage.objects.live().get().url == "/toolkit/start/"


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
