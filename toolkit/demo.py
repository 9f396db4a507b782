"""Demo content for the toolkit: the toolkit and case-study index pages, six
strategy areas with their driver diagrams, the change ideas, case studies,
key insights and the "Start here" path, and the Spanish copies of its
family-facing part. The words live in YAML files under `toolkit/demo_data/`
(see its README); this module only builds pages from them. Every step is
idempotent."""

from dataclasses import dataclass
from typing import Any, TypeVar

from wagtail.blocks import StreamValue
from wagtail.models import Locale, Page

from community.home import ensure_home_page
from community.models import Jurisdiction, LearningNetwork, Team
from kernel import demo_loader
from resources.citations import cite_demo_resources
from toolkit.models import (
    CareSetting,
    CaseStudyIndexPage,
    CaseStudyMoment,
    CaseStudyPage,
    ChangeIdeaMoment,
    ChangeIdeaPage,
    ChangeIdeaResource,
    Driver,
    KeyInsight,
    StartHerePage,
    StrategyAreaPage,
    ToolkitIndexPage,
)
from webinars.captions import parse_moment
from webinars.models import WebinarPage

P = TypeVar("P", bound=Page)


def _step_block(step: dict, link: Page | None, label: str) -> tuple[str, dict]:
    """A "Start here" step as its StreamField block; no link, no button."""
    return (
        "step",
        {
            "title": step["title"],
            "body": step["body"],
            "show_strategy_areas": step["show_strategy_areas"],
            "link": link,
            "link_label": label,
        },
    )


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{part.strip()}</p>" for part in text.split("\n\n") if part.strip())


# A page's words as its fields, the same in either language: the English
# seeder builds pages from them, the Spanish one fills the copies with them.


def _area_words(spec: dict) -> dict[str, Any]:
    return {
        "title": spec["title"],
        "aim": spec["aim"],
        "overview": _paragraphs(spec["overview"]),
        "equity_disparity": spec["equity"]["disparity"],
        "equity_stratify": spec["equity"]["stratify"],
    }


def _idea_words(spec: dict) -> dict[str, Any]:
    equity = spec.get("equity") or {}
    return {
        "title": spec["title"],
        "summary": spec["summary"],
        "why_it_works": _paragraphs(spec["why_it_works"]),
        "pdsa_plan": spec["pdsa"]["plan"],
        "pdsa_do": spec["pdsa"]["do"],
        "pdsa_study": spec["pdsa"]["study"],
        "pdsa_act": spec["pdsa"]["act"],
        "measures": [("measure", measure) for measure in spec["measures"]],
        "watch_for": [("item", item) for item in spec["watch_for"]],
        "equity_disparity": equity.get("disparity", ""),
        "equity_stratify": equity.get("stratify", ""),
    }


def _study_words(spec: dict) -> dict[str, Any]:
    equity = spec.get("equity") or {}
    return {
        "title": spec["title"],
        "summary": spec["summary"],
        "challenge": _paragraphs(spec["challenge"]),
        "what_they_did": _paragraphs(spec["what_they_did"]),
        "results": [("result", result) for result in spec["results"]],
        "differently": _paragraphs(spec["differently"]),
        "contacts": [("contact", contact) for contact in spec["contacts"]],
        "equity_disparity": equity.get("disparity", ""),
        "equity_stratify": equity.get("stratify", ""),
    }


def _home_words(spec: dict) -> dict[str, Any]:
    return {
        "title": spec["title"],
        "hero_heading": spec["hero_heading"],
        "hero_intro": spec["hero_intro"],
        "body": [
            (block["type"], {key: value for key, value in block.items() if key != "type"})
            for block in spec["body"]
        ],
    }


@dataclass(frozen=True)
class ToolkitContent:
    """The toolkit's demo words, as the seeder walks them."""

    strategy_areas: list[dict[str, Any]]  # in the order of the networks
    change_ideas: dict[str, dict[str, Any]]  # by slug
    case_studies: list[dict[str, Any]]
    key_insights: list[dict[str, Any]]
    pages: dict[str, Any]  # intros of the index pages and the "Start here" steps
    moments: dict[str, dict[str, list[dict[str, str]]]]  # cited moments of the recordings
    spanish: "SpanishContent"


@dataclass(frozen=True)
class SpanishContent:
    """The Spanish words of `demo_data/es/`: words only. Everything else (drivers,
    evidence, settings, citations, teams) comes with the English page copied."""

    home: dict[str, Any]
    pages: dict[str, Any]  # titles and intros of the index pages, the "Start here" page
    strategy_areas: list[dict[str, Any]]  # files: the area and its translated change ideas
    case_studies: list[dict[str, Any]]


def load_spanish() -> SpanishContent:
    folder = demo_loader.data_dir("toolkit") / "es"
    return SpanishContent(
        home=demo_loader.load(folder, "home"),
        pages=demo_loader.load(folder, "pages"),
        strategy_areas=demo_loader.load_dir(folder, "strategy-areas"),
        case_studies=demo_loader.load_dir(folder, "case-studies"),
    )


def load_content() -> ToolkitContent:
    """Read `toolkit/demo_data/`. Each strategy-area file holds the area and the
    change ideas its drivers list, so an area's words stay in one file."""
    area_files = demo_loader.load_dir("toolkit", "strategy-areas")
    return ToolkitContent(
        strategy_areas=[data["area"] for data in area_files],
        change_ideas={
            slug: idea for data in area_files for slug, idea in data["change_ideas"].items()
        },
        case_studies=demo_loader.load_dir("toolkit", "case-studies"),
        key_insights=demo_loader.load("toolkit", "key-insights"),
        pages=demo_loader.load("toolkit", "pages"),
        moments=demo_loader.load("toolkit", "moments"),
        spanish=load_spanish(),
    )


class ToolkitSeeder:
    def __init__(self, out) -> None:
        self.out = out
        self.created = 0
        self.settings = {s.slug: s for s in CareSetting.objects.all()}
        self.content = load_content()

    def _child(self, parent: Page, page: Page) -> tuple[Page, bool]:
        """The child of `parent` with the page's slug, made and published if missing."""
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing is not None:
            return existing.specific, False
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page, True

    def run(self) -> None:
        home = ensure_home_page()
        content = self.content
        toolkit, _ = self._child(
            home,
            ToolkitIndexPage(
                title="Toolkit",
                slug="toolkit",
                intro=content.pages["toolkit_intro"],
            ),
        )
        areas = {
            spec["network"]: self.strategy_area(toolkit, spec) for spec in content.strategy_areas
        }
        ideas = {}
        for spec in content.strategy_areas:
            ideas.update(self.diagram(areas[spec["network"]], spec))
        studies_index, _ = self._child(
            home,
            CaseStudyIndexPage(
                title="Case studies",
                slug="case-studies",
                intro=content.pages["case_studies_intro"],
            ),
        )
        studies = {
            spec["slug"]: self.case_study(studies_index, spec, ideas)
            for spec in content.case_studies
        }
        self.insights(areas, ideas, studies)
        self.start_here(toolkit, ideas)
        self.out(f"  toolkit: {self.created} new rows")

    def strategy_area(self, toolkit: Page, spec: dict) -> StrategyAreaPage:
        page, _ = self._child(
            toolkit,
            StrategyAreaPage(
                slug=spec["network"],
                network=LearningNetwork.objects.get(slug=spec["network"]),
                **_area_words(spec),
            ),
        )
        return page

    def _driver(
        self, area: StrategyAreaPage, title: str, order: int, parent=None, description=""
    ) -> Driver:
        driver, created = Driver.objects.get_or_create(
            strategy_area=area,
            parent=parent,
            title=title,
            defaults={"sort_order": order, "description": description},
        )
        self.created += int(created)
        return driver

    def diagram(self, area: StrategyAreaPage, spec: dict) -> dict[str, ChangeIdeaPage]:
        ideas = {}
        for p_order, primary_spec in enumerate(spec["drivers"]):
            primary = self._driver(
                area, primary_spec["title"], p_order, description=primary_spec["description"]
            )
            for s_order, secondary_spec in enumerate(primary_spec["secondary"]):
                secondary = self._driver(area, secondary_spec["title"], s_order, parent=primary)
                for slug in secondary_spec["change_ideas"]:
                    ideas[slug] = self.change_idea(
                        area, secondary, slug, self.content.change_ideas[slug]
                    )
        return ideas

    def change_idea(self, area, driver, slug: str, spec: dict) -> ChangeIdeaPage:
        page = ChangeIdeaPage(
            slug=slug, driver=driver, evidence_level=spec["evidence"], **_idea_words(spec)
        )
        page.care_settings = [self.settings[s.replace("_", "-")] for s in spec["settings"]]
        # Titles of the demo library's resources this idea cites.
        titles = spec.get("cites", [])
        cite_demo_resources(page, titles, ChangeIdeaResource)
        page, created = self._child(area, page)
        # A change idea seeded before pages could cite resources gets them now.
        if not created and cite_demo_resources(page, titles, ChangeIdeaResource):
            page.save_revision().publish()
            self.created += 1
        return page

    def case_study(self, index: Page, spec: dict, ideas: dict) -> CaseStudyPage:
        code = spec["jurisdiction"]
        page = CaseStudyPage(
            slug=spec["slug"],
            jurisdiction=None if code == "US" else Jurisdiction.objects.get(postal_code=code),
            team=Team.objects.filter(slug=spec["team"]).first() if spec["team"] else None,
            **_study_words(spec),
        )
        page.networks = list(LearningNetwork.objects.filter(slug__in=spec["networks"]))
        page.change_ideas = [ideas[slug] for slug in spec["change_ideas"]]
        page, _ = self._child(index, page)
        return page

    def insights(self, areas: dict, ideas: dict, studies: dict) -> None:
        for spec in self.content.key_insights:
            insight, created = KeyInsight.objects.get_or_create(
                title=spec["title"], defaults={"text": spec["text"]}
            )
            if not created:
                continue
            self.created += 1
            targets = (
                [areas[s] for s in spec["strategy_areas"]]
                + [ideas[s] for s in spec["change_ideas"]]
                + [studies[s] for s in spec["case_studies"]]
            )
            for page in targets:
                page.insights.add(insight)
                page.save_revision().publish()

    def start_here(self, toolkit: Page, ideas: dict) -> None:
        first_idea = next(iter(ideas.values()))
        links = {
            "toolkit": (toolkit, "Compare the areas"),
            "first_idea": (first_idea, f"Try: {first_idea.title}"),
        }
        steps = []
        start_here = self.content.pages["start_here"]
        for step in start_here["steps"]:
            # `link` names where the step's button goes; no link, no button.
            page, label = links.get(step["link"], (None, ""))
            steps.append(_step_block(step, page, label))
        self._child(
            toolkit,
            StartHerePage(
                title="Start here",
                slug="start",
                steps=steps,
                intro=start_here["intro"],
            ),
        )


def seed(rng, out) -> None:
    ToolkitSeeder(out).run()


def finish(out) -> None:
    """After every app's demo (the webinars' comes after the toolkit's):
    cite moments of the demo recordings, from `demo_data/moments.yaml` (a
    page that already cites a moment is left alone), then make the Spanish
    copies, which so cite the same moments."""
    content = load_content()
    spec = content.moments
    webinars = {webinar.slug: webinar for webinar in WebinarPage.objects.all()}
    cited = 0
    for model, row, key in (
        (ChangeIdeaPage, ChangeIdeaMoment, "change_ideas"),
        (CaseStudyPage, CaseStudyMoment, "case_studies"),
    ):
        for slug, moments in spec[key].items():
            rows = [
                row(
                    webinar=webinars[m["webinar"]],
                    second=parse_moment(m["at"]),
                    note=m.get("note", ""),
                )
                for m in moments
                if m["webinar"] in webinars
            ]
            cited += _cite_moments(model.objects.filter(slug=slug).first(), rows)
    out(f"  toolkit: {cited} pages cite moments of recordings")
    seed_spanish(out, content)


def _cite_moments(page, rows: list) -> bool:
    if page is None or not rows or page.moment_citations.exists():
        return False
    page.moment_citations = rows
    page.save_revision().publish()
    return True


def seed_spanish(out, content: ToolkitContent | None = None) -> None:
    """The Spanish copies of the home page and the family-facing part of the
    toolkit, from `demo_data/es/`, once the English pages are there."""
    content = content or load_content()
    first_idea = next(iter(content.change_ideas))  # the one "Start here" suggests
    seeder = SpanishSeeder(content.spanish, first_idea)
    seeder.run()
    out(f"  toolkit: {seeder.published} Spanish pages published")


class SpanishSeeder:
    """Copies English pages into Spanish with `copy_for_translation` (so each
    copy keeps its page's translation key, driver, network and citations) and
    gives them the Spanish words. A copy already there is updated in place."""

    def __init__(self, words: SpanishContent, first_idea: str) -> None:
        self.words = words
        self.first_idea = first_idea
        self.locale, _ = Locale.objects.get_or_create(language_code="es")
        self.published = 0

    def run(self) -> None:
        home = ensure_home_page()
        pages = self.words.pages
        self.translate(home, _home_words(self.words.home))
        toolkit = ToolkitIndexPage.objects.child_of(home).get()
        toolkit_es = self.translate(
            toolkit, {"title": pages["toolkit_title"], "intro": pages["toolkit_intro"]}
        )
        ideas = {}
        for data in self.words.strategy_areas:
            ideas.update(self.strategy_area(toolkit, data))
        self.start_here(toolkit, {"toolkit": toolkit_es, "first_idea": ideas[self.first_idea]})
        index = CaseStudyIndexPage.objects.child_of(home).get()
        self.translate(
            index, {"title": pages["case_studies_title"], "intro": pages["case_studies_intro"]}
        )
        for spec in self.words.case_studies:
            self.case_study(index, spec)

    def translate(self, page: P, fields: dict[str, Any]) -> P:
        """The Spanish copy of `page` with `fields` set, published when it is new
        or its words changed: a second run adds no revision."""
        copy = page.get_translation_or_none(self.locale) or page.copy_for_translation(self.locale)
        copy = copy.specific
        before = {name: _comparable(getattr(copy, name)) for name in fields}
        for name, value in fields.items():
            setattr(copy, name, _keeping_block_ids(getattr(copy, name), value))
        if copy.live and before == {name: _comparable(getattr(copy, name)) for name in fields}:
            return copy
        copy.save_revision().publish()
        self.published += 1
        return copy

    def strategy_area(self, toolkit: Page, data: dict) -> dict[str, ChangeIdeaPage]:
        area = StrategyAreaPage.objects.child_of(toolkit).get(network__slug=data["area"]["network"])
        self.translate(area, _area_words(data["area"]))
        return {
            slug: self.translate(
                ChangeIdeaPage.objects.child_of(area).get(slug=slug), _idea_words(spec)
            )
            for slug, spec in data["change_ideas"].items()
        }

    def start_here(self, toolkit: Page, links: dict[str, Page]) -> None:
        spec = self.words.pages["start_here"]
        steps = []
        for step in spec["steps"]:
            page = links.get(step["link"])
            label = step["link_label"].format(title=page.title) if page else ""
            steps.append(_step_block(step, page, label))
        page = StartHerePage.objects.child_of(toolkit).get()
        self.translate(page, {"title": spec["title"], "intro": spec["intro"], "steps": steps})

    def case_study(self, index: Page, spec: dict) -> None:
        study = CaseStudyPage.objects.child_of(index).get(slug=spec["slug"])
        # The Spanish case study links the Spanish copies of its change ideas.
        ideas = [self.in_spanish(idea) for idea in study.change_ideas.all()]
        self.translate(study, {**_study_words(spec), "change_ideas": ideas})

    def in_spanish(self, page: P) -> P:
        """The live Spanish copy of `page`, or `page` itself."""
        copy = page.get_translation_or_none(self.locale)
        return copy if copy is not None and copy.live else page


def _comparable(value: Any) -> Any:
    """A field's value as a second run would compare it."""
    if isinstance(value, StreamValue):
        # As saved and read back (which fills in a block's unset fields), and
        # without block ids: they are new whenever a stream is assigned.
        stored = value.stream_block.to_python(value.get_prep_value())
        return [(block.block_type, block.block.get_prep_value(block.value)) for block in stored]
    if hasattr(value, "all"):  # a page's many-to-many relation
        return sorted(related.pk for related in value.all())
    return value


def _keeping_block_ids(old: Any, new: Any) -> Any:
    """`new`, given the ids of `old`'s blocks in turn: members' progress through
    the "Start here" steps is kept by block id."""
    if not isinstance(old, StreamValue) or not isinstance(new, list):
        return new
    ids = [block.id for block in old]
    blocks = [(*item, ids[i]) if i < len(ids) else item for i, item in enumerate(new)]
    return StreamValue(old.stream_block, blocks)
