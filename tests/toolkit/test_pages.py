"""Every toolkit page type: where it may be created, that it can be created
and edited through the admin, rendered and previewed."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from community.factories import LearningNetworkFactory, UserFactory
from community.home import ensure_home_page
from community.models import HomePage
from resources.factories import ResourceFactory
from toolkit.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    ChangeIdeaPageFactory,
    DriverFactory,
    StartHerePageFactory,
    StrategyAreaPageFactory,
    ToolkitIndexPageFactory,
)
from toolkit.models import (
    CareSetting,
    CaseStudyIndexPage,
    CaseStudyPage,
    ChangeIdeaPage,
    StartHerePage,
    StrategyAreaPage,
    ToolkitIndexPage,
)


class TestToolkitPages(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = ensure_home_page()
        cls.index = ToolkitIndexPageFactory(parent=cls.home)
        cls.area = StrategyAreaPageFactory(
            parent=cls.index, slug="safe-sleep", network=LearningNetworkFactory(slug="safe-sleep")
        )
        cls.primary = DriverFactory(strategy_area=cls.area, title="Hospitals model safe sleep")
        cls.secondary = DriverFactory(strategy_area=cls.area, parent=cls.primary, title="Nurses")
        cls.idea = ChangeIdeaPageFactory(parent=cls.area, driver=cls.secondary, slug="model-it")
        cls.studies = CaseStudyIndexPageFactory(parent=cls.home)
        cls.study = CaseStudyPageFactory(
            parent=cls.studies,
            results=[
                (
                    "result",
                    {
                        "measure": "Unsafe sleep",
                        "baseline": 40.0,
                        "result": 20.0,
                        "unit": "%",
                        "period": "2019–2020",
                        "lower_is_better": True,
                    },
                )
            ],
        )
        cls.start = StartHerePageFactory(
            parent=cls.index,
            steps=[
                (
                    "step",
                    {
                        "title": "Begin",
                        "body": "<p>Hi</p>",
                        "show_strategy_areas": True,
                        "link": None,
                        "link_label": "",
                    },
                )
            ],
        )

    def setUp(self):
        self.admin = UserFactory(username="admin-user")
        self.admin.is_superuser = self.admin.is_staff = True
        self.admin.save()
        self.client.force_login(self.admin)

    def test_where_each_page_type_may_live(self):
        self.assertAllowedParentPageTypes(ToolkitIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ToolkitIndexPage, {StrategyAreaPage, StartHerePage})
        self.assertAllowedSubpageTypes(StrategyAreaPage, {ChangeIdeaPage})
        self.assertAllowedSubpageTypes(ChangeIdeaPage, set())
        self.assertAllowedParentPageTypes(CaseStudyPage, {CaseStudyIndexPage})
        assert not ToolkitIndexPage.can_create_at(self.home), "one toolkit only"
        self.assertCanNotCreateAt(Page, ChangeIdeaPage)

    def test_every_page_renders(self):
        for page in (self.index, self.area, self.idea, self.studies, self.study, self.start):
            self.assertPageIsRenderable(page)
        self.assertPageIsRoutable(self.index, "change-ideas/")

    def test_every_page_previews_and_edits(self):
        # Pages without StreamFields: the helpers read the form from the edit view.
        for page in (self.index, self.area, self.studies):
            self.assertPageIsPreviewable(page.specific)
            self.assertPageIsEditable(page.specific)
        # StreamField data is built by JavaScript in the editor, so it is given here.
        for page, data in (
            (self.idea, self._idea_form(self.idea.title, self.idea.slug)),
            (self.study, self._study_form()),
            (self.start, self._start_form()),
        ):
            self.assertPageIsPreviewable(page.specific, post_data=data)
            self.assertPageIsEditable(page.specific, post_data=data)

    def _idea_form(self, title: str, slug: str, resources=()) -> dict:
        data = nested_form_data(
            {
                "title": title,
                "slug": slug,
                "driver": self.secondary.pk,
                "summary": "Check twenty cribs a week.",
                "why_it_works": rich_text("<p>What gets measured gets done.</p>"),
                "evidence_level": "promising",
                "pdsa_plan": "Plan",
                "pdsa_do": "Do",
                "pdsa_study": "Study",
                "pdsa_act": "Act",
                "measures": streamfield(
                    [
                        (
                            "measure",
                            {
                                "kind": "process",
                                "name": "Safe cribs",
                                "numerator": "Safe cribs seen",
                                "denominator": "Cribs audited",
                                "source": "Audit sheet",
                            },
                        )
                    ]
                ),
                "watch_for": streamfield([("item", "Audits that stop after a month")]),
                "resource_citations": inline_formset([{"resource": r.pk} for r in resources]),
                "moment_citations": inline_formset([]),
                "equity_disparity": "",
                "equity_stratify": "",
            }
        )
        data["care_settings"] = [CareSetting.objects.get(slug="hospital").pk]
        return data

    def _study_form(self) -> dict:
        data = nested_form_data(
            {
                "title": self.study.title,
                "slug": self.study.slug,
                "summary": "A state team halved unsafe sleep.",
                "jurisdiction": "",
                "team": "",
                "challenge": rich_text("<p>Unsafe sleep was common.</p>"),
                "what_they_did": rich_text("<p>They modelled it.</p>"),
                "differently": rich_text("<p>Posters did nothing.</p>"),
                "results": streamfield(
                    [
                        (
                            "result",
                            {
                                "measure": "Unsafe sleep",
                                "baseline": "40",
                                "result": "20",
                                "unit": "%",
                                "period": "2019–2020",
                                "lower_is_better": "on",
                            },
                        )
                    ]
                ),
                "contacts": streamfield(
                    [("contact", {"name": "Ada Obi", "role": "", "organisation": "", "email": ""})]
                ),
                "resource_citations": inline_formset([]),
                "moment_citations": inline_formset([]),
                "equity_disparity": "",
                "equity_stratify": "",
            }
        )
        data["networks"] = [self.area.network.pk]
        return data

    def _start_form(self) -> dict:
        return nested_form_data(
            {
                "title": "Start here",
                "slug": "start",
                "intro": rich_text("<p>Welcome.</p>"),
                "steps": streamfield(
                    [
                        (
                            "step",
                            {
                                "title": "Begin",
                                "body": rich_text("<p>Hi</p>"),
                                "link": "",
                                "link_label": "",
                            },
                        )
                    ]
                ),
            }
        )

    def test_an_editor_creates_a_change_idea_in_the_admin(self):
        self.assertCanCreate(
            self.area, ChangeIdeaPage, self._idea_form("Audit every crib", "audit-every-crib")
        )
        created = ChangeIdeaPage.objects.get(slug="audit-every-crib")
        assert created.measures[0].value["name"] == "Safe cribs"
        assert list(created.care_settings.values_list("slug", flat=True)) == ["hospital"]

    def test_an_editor_cites_library_resources_and_the_page_lists_them(self):
        checklist = ResourceFactory(title="Bassinet audit checklist")
        script = ResourceFactory(title="Teach-back script")
        data = self._idea_form("Audit every crib", "audit-every-crib", [script, checklist])
        data["action-publish"] = "publish"
        self.assertCanCreate(self.area, ChangeIdeaPage, data)
        created = ChangeIdeaPage.objects.get(slug="audit-every-crib")
        cited = [c.resource for c in created.resource_citations.all()]
        assert cited == [script, checklist]  # in the editor's order
        self.client.logout()
        page = self.client.get(created.url).content.decode()
        assert '<h2 id="resources-heading">Resources</h2>' in page
        assert page.index("Teach-back script") < page.index("Bassinet audit checklist")
        assert f'href="{checklist.get_absolute_url()}"' in page

    def test_the_resource_field_is_the_snippet_chooser(self):
        edit = self.client.get(f"/admin/pages/{self.idea.pk}/edit/").content.decode()
        assert "Library resources" in edit
        assert "/admin/snippets/choose/resources/resource/" in edit

    def test_an_editor_creates_a_strategy_area_and_a_case_study(self):
        network = LearningNetworkFactory(slug="smoking-cessation")
        self.assertCanCreate(
            self.index,
            StrategyAreaPage,
            nested_form_data(
                {
                    "title": "Smoking cessation",
                    "slug": "smoking-cessation",
                    "network": network.pk,
                    "aim": "Raise quit rates before pregnancy by a tenth by 2028.",
                    "overview": rich_text("<p>Quitting early protects the baby.</p>"),
                    "equity_disparity": "",
                    "equity_stratify": "",
                }
            ),
        )
        data = self._study_form()
        data.update(title="Tennessee quitline", slug="tennessee-quitline")
        self.assertCanCreate(self.studies, CaseStudyPage, data)
        study = CaseStudyPage.objects.get(slug="tennessee-quitline")
        assert study.results[0].value["baseline"] == 40.0

    def test_a_change_idea_offers_only_its_own_areas_secondary_drivers(self):
        other = StrategyAreaPageFactory(parent=self.index, slug="other")
        foreign = DriverFactory(strategy_area=other, parent=DriverFactory(strategy_area=other))
        form_class = ChangeIdeaPage.get_edit_handler().get_form_class()
        form = form_class(instance=ChangeIdeaPage(), parent_page=self.area, for_user=self.admin)
        choices = set(form.fields["driver"].queryset)
        assert choices == {self.secondary}
        assert foreign not in choices and self.primary not in choices


@pytest.mark.django_db
def test_case_study_results_show_their_figures_and_a_chart(client, home_page):
    studies = CaseStudyIndexPageFactory(parent=home_page)
    study = CaseStudyPageFactory(
        parent=studies,
        results=[
            (
                "result",
                {
                    "measure": "Early elective deliveries",
                    "baseline": 12.0,
                    "result": 8.0,
                    "unit": "%",
                    "period": "2014–2016",
                    "lower_is_better": True,
                },
            )
        ],
    )
    page = client.get(study.url).content.decode()
    assert "Early elective deliveries" in page
    assert "from 12% to 8%" in page
    assert "4 percentage points lower than the baseline (12% → 8%): an improvement" in page
    assert 'style="width: 66.7%"' in page


@pytest.mark.parametrize(
    "baseline, result, unit, words",
    [
        # A proportion changes by points: 41% to 90% is not "120% higher".
        (41, 90, "%", "49 percentage points higher than the baseline (41% → 90%)"),
        (12, 11, "%", "1 percentage point lower than the baseline (12% → 11%)"),
        (14, 6.5, "percentage points", "7.5 percentage points lower than the baseline (14 → 6.5)"),
        # Counts and rates that are not percentages keep the relative change.
        (8.0, 6.0, "per 1,000 live births", "25% lower than the baseline"),
        (40, 90, "referrals", "125% higher than the baseline"),
        (100, 95, "% of baseline", "5% lower than the baseline"),
        (0, 3, "referrals", "higher than the baseline"),
    ],
)
def test_a_change_is_phrased_in_points_for_percentages_and_relatively_otherwise(
    baseline, result, unit, words
):
    from toolkit.templatetags.toolkit_tags import change_words, result_bars

    assert change_words(baseline, result, unit) == words
    value = {"baseline": baseline, "result": result, "unit": unit, "lower_is_better": True}
    assert result_bars(value)["change_words"].startswith(words + ": ")
