"""Demo content for the toolkit: the toolkit and case-study index pages, six
strategy areas with their driver diagrams, the change ideas, case studies,
key insights and the "Start here" path. The words live in `demo_content`;
this module only builds pages from them. Every step is idempotent."""

from wagtail.models import Page

from collaboratory.home import ensure_home_page
from collaboratory.models import Jurisdiction, LearningNetwork, Team
from resources.models import Resource
from toolkit import demo_content as content
from toolkit.models import (
    CareSetting,
    CaseStudyIndexPage,
    CaseStudyPage,
    ChangeIdeaPage,
    ChangeIdeaResource,
    Driver,
    KeyInsight,
    StartHerePage,
    StrategyAreaPage,
    ToolkitIndexPage,
)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{part.strip()}</p>" for part in text.split("\n\n") if part.strip())


def cite_demo_resources(page, titles: list[str], citation_model) -> bool:
    """Make `page` cite the demo library's resources with these titles (the
    resources' demo runs first). A saved page that already cites something is
    left alone, so a second run changes nothing. True if citations were set."""
    if not titles or (page.pk and page.resource_citations.exists()):
        return False
    by_title = {r.title: r for r in Resource.objects.filter(title__in=titles)}
    citations = [citation_model(resource=by_title[t]) for t in titles if t in by_title]
    page.resource_citations = citations
    return bool(citations)


class ToolkitSeeder:
    def __init__(self, out) -> None:
        self.out = out
        self.created = 0
        self.settings = {s.slug: s for s in CareSetting.objects.all()}

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
        toolkit, _ = self._child(
            home,
            ToolkitIndexPage(
                title="Toolkit",
                slug="toolkit",
                intro=TOOLKIT_INTRO,
            ),
        )
        areas = {
            spec["network"]: self.strategy_area(toolkit, spec) for spec in content.STRATEGY_AREAS
        }
        ideas = {}
        for spec in content.STRATEGY_AREAS:
            ideas.update(self.diagram(areas[spec["network"]], spec))
        studies_index, _ = self._child(
            home,
            CaseStudyIndexPage(
                title="Case studies",
                slug="case-studies",
                intro=(
                    "<p>What teams did, the figures that moved, and what they would change if they "
                    "started again — including the tests that did not work.</p>"
                ),
            ),
        )
        studies = {
            spec["slug"]: self.case_study(studies_index, spec, ideas)
            for spec in content.CASE_STUDIES
        }
        self.insights(areas, ideas, studies)
        self.start_here(toolkit, ideas)
        self.out(f"  toolkit: {self.created} new rows")

    def strategy_area(self, toolkit: Page, spec: dict) -> StrategyAreaPage:
        page, _ = self._child(
            toolkit,
            StrategyAreaPage(
                title=spec["title"],
                slug=spec["network"],
                network=LearningNetwork.objects.get(slug=spec["network"]),
                aim=spec["aim"],
                overview=_paragraphs(spec["overview"]),
                equity_disparity=spec["equity"]["disparity"],
                equity_stratify=spec["equity"]["stratify"],
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
                        area, secondary, slug, content.CHANGE_IDEAS[slug]
                    )
        return ideas

    def change_idea(self, area, driver, slug: str, spec: dict) -> ChangeIdeaPage:
        equity = spec.get("equity") or {}
        page = ChangeIdeaPage(
            title=spec["title"],
            slug=slug,
            driver=driver,
            summary=spec["summary"],
            why_it_works=_paragraphs(spec["why_it_works"]),
            evidence_level=spec["evidence"],
            pdsa_plan=spec["pdsa"]["plan"],
            pdsa_do=spec["pdsa"]["do"],
            pdsa_study=spec["pdsa"]["study"],
            pdsa_act=spec["pdsa"]["act"],
            measures=[("measure", measure) for measure in spec["measures"]],
            watch_for=[("item", item) for item in spec["watch_for"]],
            equity_disparity=equity.get("disparity", ""),
            equity_stratify=equity.get("stratify", ""),
        )
        page.care_settings = [self.settings[s.replace("_", "-")] for s in spec["settings"]]
        titles = CITED_RESOURCES.get(slug, [])
        cite_demo_resources(page, titles, ChangeIdeaResource)
        page, created = self._child(area, page)
        # A change idea seeded before pages could cite resources gets them now.
        if not created and cite_demo_resources(page, titles, ChangeIdeaResource):
            page.save_revision().publish()
            self.created += 1
        return page

    def case_study(self, index: Page, spec: dict, ideas: dict) -> CaseStudyPage:
        code = spec["jurisdiction"]
        equity = spec.get("equity") or {}
        page = CaseStudyPage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            jurisdiction=None if code == "US" else Jurisdiction.objects.get(postal_code=code),
            team=Team.objects.filter(slug=spec["team"]).first() if spec["team"] else None,
            challenge=_paragraphs(spec["challenge"]),
            what_they_did=_paragraphs(spec["what_they_did"]),
            results=[("result", result) for result in spec["results"]],
            differently=_paragraphs(spec["differently"]),
            contacts=[("contact", contact) for contact in spec["contacts"]],
            equity_disparity=equity.get("disparity", ""),
            equity_stratify=equity.get("stratify", ""),
        )
        page.networks = list(LearningNetwork.objects.filter(slug__in=spec["networks"]))
        page.change_ideas = [ideas[slug] for slug in spec["change_ideas"]]
        page, _ = self._child(index, page)
        return page

    def insights(self, areas: dict, ideas: dict, studies: dict) -> None:
        for spec in content.KEY_INSIGHTS:
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
        for title, body, show_areas, link in START_HERE_STEPS:
            page, label = links.get(link, (None, ""))
            steps.append(
                (
                    "step",
                    {
                        "title": title,
                        "body": body,
                        "show_strategy_areas": show_areas,
                        "link": page,
                        "link_label": label,
                    },
                )
            )
        self._child(
            toolkit,
            StartHerePage(
                title="Start here",
                slug="start",
                steps=steps,
                intro="<p>New to the collaborative? Five short steps take you from what we are to "
                "the first change your team could test. Each takes a few minutes.</p>",
            ),
        )


TOOLKIT_INTRO = (
    "<p>What state and hospital teams tested to cut infant deaths, organised by strategy area: "
    "each area's aim, the drivers that move it, and change ideas you can try next week with a "
    "small test.</p>"
)

# change idea slug: titles of the demo library's resources it cites
CITED_RESOURCES = {
    "model-safe-sleep-on-maternity-units": ["Bassinet audit checklist for maternity units"],
    "teach-back-safe-sleep-before-discharge": [
        "Teach-back script for the safe sleep talk at discharge"
    ],
    "feed-child-death-review-findings-back": [
        "Sleep-related infant death review: county summary template"
    ],
    "send-electronic-quitline-referrals": ["Quitline fax referral form for prenatal clinics"],
    "screen-parents-for-smoking-at-well-baby-visits": ["Smoke-free home conversation cards"],
    "unbundle-payment-for-immediate-postpartum-larc": [
        "Long-acting contraception before discharge: billing guide"
    ],
    "screen-for-social-needs-with-closed-loop-referral": [
        "Social needs screening and closed-loop referral protocol"
    ],
    "adopt-a-hard-stop-policy-for-elective-deliveries": [
        "Hard-stop policy for elective deliveries before 39 weeks"
    ],
    "assess-levels-of-care-with-a-standard-tool": [
        "Levels of maternal and neonatal care: self-assessment"
    ],
    "set-up-a-single-call-transfer-line": ["One-call transfer line: how it works"],
    # Team-only: only the Bayou team (and curators) see it listed.
    "run-monthly-haemorrhage-drills": ["Haemorrhage cart and drill checklist"],
}

# title, body, list the strategy areas?, where its button goes
START_HERE_STEPS = [
    (
        "What the collaborative is",
        "<p>State and jurisdiction teams, hospitals and community partners working on the "
        "same problem at the same time: too many babies die before their first birthday, and "
        "Black babies die at more than twice the rate of white babies. Teams share data and "
        "ideas openly — all teach, all learn — so that a change that works in one state "
        "spreads to the next.</p>",
        False,
        None,
    ),
    (
        "The six strategy areas at a glance",
        "<p>The work is organised in six strategy areas, each with its own learning network "
        "of teams and a measurable aim.</p>",
        True,
        None,
    ),
    (
        "The Model for Improvement, in plain words",
        "<p>Three questions and a cycle. <strong>Aim:</strong> what are we trying to "
        "accomplish, by how much, by when? <strong>Measures:</strong> how will we know that a "
        "change is an improvement? <strong>Changes:</strong> what can we change that will "
        "lead to improvement?</p><p>Then test each change small and fast with a <strong>PDSA "
        "cycle</strong>: Plan the test and predict what will happen, Do it, Study what "
        "happened against the prediction, and Act — adopt it, adapt it, or drop it and try "
        "the next idea.</p>",
        False,
        None,
    ),
    (
        "Pick one to three strategy areas",
        "<p>Teams that spread themselves over every area rarely move any of them. Choose one "
        "to three: where your state's data show the largest gap, where you already have "
        "partners and data, and where leaders will back you. Then read each area's driver "
        "diagram to see the levers it offers.</p>",
        False,
        "toolkit",
    ),
    (
        "Choose a first change idea to test",
        "<p>Start with a change you can test next week with one unit, one clinic or one home "
        "visitor. Each change idea gives the prompts for a first PDSA cycle and the measures "
        "to track it.</p>",
        False,
        "first_idea",
    ),
]


def seed(rng, out) -> None:
    ToolkitSeeder(out).run()
