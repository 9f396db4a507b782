"""The demo's Spanish pages (toolkit.demo.seed_spanish): copies of the
English ones, live under /es/, filled from demo_data/es/, and made once
however often the demo is seeded."""

import copy

import pytest
from wagtail.models import Locale, Page, Revision

from community.factories import LearningNetworkFactory
from toolkit.demo import load_content, seed_spanish
from toolkit.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    ChangeIdeaPageFactory,
    DriverFactory,
    StartHerePageFactory,
    StrategyAreaPageFactory,
    ToolkitIndexPageFactory,
)
from toolkit.models import CaseStudyPage, ChangeIdeaPage

CONTENT = load_content()
SPANISH = CONTENT.spanish
# An English change idea the Spanish demo leaves untranslated.
UNTRANSLATED = "distribute-portable-cribs-with-education"


def _spanish_ideas() -> dict[str, tuple[str, dict]]:
    """Each translated change idea's slug: its area's network and its words."""
    return {
        slug: (data["area"]["network"], spec)
        for data in SPANISH.strategy_areas
        for slug, spec in data["change_ideas"].items()
    }


@pytest.fixture(autouse=True)
def spanish_locale(db):
    Locale.objects.get_or_create(language_code="es")


@pytest.fixture
def english(home_page) -> list[Page]:
    """The smallest English tree the Spanish step needs, with the demo's slugs,
    plus one change idea it does not translate."""
    toolkit = ToolkitIndexPageFactory(parent=home_page)
    pages = [home_page, toolkit, StartHerePageFactory(parent=toolkit)]
    areas = {}
    for data in SPANISH.strategy_areas:
        network = data["area"]["network"]
        area = StrategyAreaPageFactory(
            parent=toolkit, slug=network, network=LearningNetworkFactory(slug=network)
        )
        driver = DriverFactory(strategy_area=area, parent=DriverFactory(strategy_area=area))
        areas[network] = (area, driver)
        pages.append(area)
    ideas = {
        slug: ChangeIdeaPageFactory(parent=areas[network][0], slug=slug, driver=areas[network][1])
        for slug, (network, _) in [*_spanish_ideas().items(), (UNTRANSLATED, ("safe-sleep", {}))]
    }
    index = CaseStudyIndexPageFactory(parent=home_page)
    pages += [*ideas.values(), index]
    english_studies = {study["slug"]: study for study in CONTENT.case_studies}
    for spec in SPANISH.case_studies:
        study = CaseStudyPageFactory(parent=index, slug=spec["slug"])
        study.change_ideas.set([ideas[s] for s in english_studies[spec["slug"]]["change_ideas"]])
        study.save_revision().publish()
        pages.append(study)
    pages.remove(ideas[UNTRANSLATED])
    return pages


def _spanish_pages():
    return Page.objects.filter(locale__language_code="es")


def test_each_page_gets_a_live_spanish_copy(english):
    seed_spanish(lambda line: None)
    spanish = _spanish_pages()
    assert spanish.count() == len(english) == 14
    assert all(page.live for page in spanish)
    assert {page.translation_key for page in spanish} == {page.translation_key for page in english}
    # The copies keep what is not words: an idea's driver, a case study's ideas in Spanish.
    for slug, (_, words) in _spanish_ideas().items():
        idea = ChangeIdeaPage.objects.get(slug=slug, locale__language_code="es")
        assert idea.title == words["title"]
        english_idea = ChangeIdeaPage.objects.get(slug=slug, locale__language_code="en")
        assert idea.driver == english_idea.driver
    for study in CaseStudyPage.objects.filter(locale__language_code="es"):
        assert study.change_ideas.exists()
        assert {idea.locale.language_code for idea in study.change_ideas.all()} == {"es"}


def test_spanish_addresses_serve_the_spanish_words(client, english):
    seed_spanish(lambda line: None)
    area, ideas = SPANISH.strategy_areas[0]["area"], SPANISH.strategy_areas[0]["change_ideas"]
    slug, idea = next(iter(ideas.items()))
    study = SPANISH.case_studies[0]
    for path, words in [
        ("/es/", SPANISH.home["hero_heading"]),
        ("/es/toolkit/", SPANISH.pages["toolkit_title"]),
        ("/es/toolkit/start/", SPANISH.pages["start_here"]["steps"][0]["title"]),
        (f"/es/toolkit/{area['network']}/", area["title"]),
        (f"/es/toolkit/{area['network']}/{slug}/", idea["pdsa"]["study"]),
        ("/es/case-studies/", SPANISH.pages["case_studies_title"]),
        (f"/es/case-studies/{study['slug']}/", study["title"]),
    ]:
        response = client.get(path)
        body = response.content.decode()
        assert response.status_code == 200, path
        assert words in body, path
        assert "untranslated-note" not in body, path


def test_an_untranslated_change_idea_is_still_shown_in_english_with_the_note(client, english):
    seed_spanish(lambda line: None)
    response = client.get(f"/es/toolkit/safe-sleep/{UNTRANSLATED}/")
    assert response.status_code == 200
    assert "untranslated-note" in response.content.decode()


def test_a_second_run_changes_nothing_and_a_changed_word_is_published(english) -> None:
    lines: list[str] = []
    seed_spanish(lines.append)
    counts = (_spanish_pages().count(), Revision.objects.count())
    seed_spanish(lines.append)
    assert (_spanish_pages().count(), Revision.objects.count()) == counts
    assert lines == [f"  toolkit: {n} Spanish pages published" for n in (14, 0)]
    # An edited word reaches the existing copy; the "Start here" steps keep their ids.
    start = _spanish_pages().get(url_path__endswith="/toolkit/start/").specific
    ids = [step.id for step in start.steps]
    edited = copy.deepcopy(CONTENT)
    edited.spanish.pages["start_here"]["steps"][0]["title"] = "Quiénes somos, en breve"
    seed_spanish(lines.append, edited)
    start.refresh_from_db()
    assert start.steps[0].value["title"] == "Quiénes somos, en breve"
    assert [step.id for step in start.steps] == ids
    assert _spanish_pages().count() == counts[0] and lines[-1].startswith("  toolkit: 1 ")


def test_spanish_words_mirror_the_english_ones():
    """Every page the Spanish files name exists in English, and figures, kinds
    and links stay as the English files have them. No database needed."""
    ideas = _spanish_ideas()
    assert len(ideas) == 6 and next(iter(CONTENT.change_ideas)) in ideas
    areas = {area["network"] for area in CONTENT.strategy_areas}
    assert {data["area"]["network"] for data in SPANISH.strategy_areas} <= areas
    for slug, (network, spanish) in ideas.items():
        english = CONTENT.change_ideas[slug]
        assert english.get("area", network) == network
        assert set(spanish) == set(english) - {"area", "evidence", "settings", "cites"}
        assert [m["kind"] for m in spanish["measures"]] == [m["kind"] for m in english["measures"]]
        assert len(spanish["watch_for"]) == len(english["watch_for"])
    studies = {study["slug"]: study for study in CONTENT.case_studies}
    for spanish in SPANISH.case_studies:
        english = studies[spanish["slug"]]
        figures = ["baseline", "result", "unit", "period", "lower_is_better"]
        assert [[r[k] for k in figures] for r in spanish["results"]] == [
            [r[k] for k in figures] for r in english["results"]
        ]
        assert [c["name"] for c in spanish["contacts"]] == [c["name"] for c in english["contacts"]]
    steps = SPANISH.pages["start_here"]["steps"]
    english_steps = CONTENT.pages["start_here"]["steps"]
    for key in ("show_strategy_areas", "link"):
        assert [step[key] for step in steps] == [step[key] for step in english_steps]
