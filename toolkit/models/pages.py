from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks as wagtail_blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from kernel.fragments import KeptFragmentsPage
from kernel.page_languages import ReadingLanguageUrls, in_reading_language, under_any_translation
from kernel.page_policy import visible
from resources.citations import citations_panel, cited_resources
from resources.models import ResourceCitation
from toolkit import blocks as toolkit_blocks
from toolkit import change_idea_page
from toolkit.readability_panel import ReadabilityPanel
from webinars.models import MomentCitation
from webinars.moments import cited_moments, moments_panel

from .snippets import EVIDENCE_LEGEND, Driver, EvidenceLevel


class EquityAndExtrasMixin(models.Model):
    """An equity note, key insights and videos: what strategy areas, change
    ideas and case studies can all carry."""

    equity_disparity = models.TextField(
        blank=True, max_length=600, help_text=_("Which disparity this targets.")
    )
    equity_stratify = models.TextField(
        blank=True,
        max_length=600,
        help_text=_("How to stratify its measures: race and ethnicity, geography, payer."),
    )
    insights = ParentalManyToManyField("toolkit.KeyInsight", blank=True, related_name="+")
    videos = ParentalManyToManyField("toolkit.Video", blank=True, related_name="+")

    extras_panels = [
        MultiFieldPanel(
            [FieldPanel("equity_disparity"), FieldPanel("equity_stratify")],
            heading=_("Equity lens"),
        ),
        FieldPanel("insights"),
        FieldPanel("videos"),
    ]

    class Meta:
        abstract = True


class ToolkitIndexPage(RoutablePageMixin, ReadingLanguageUrls, Page):
    """The toolkit's front page at /toolkit/: the strategy areas, the way in
    for newcomers, and every change idea with filters."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["toolkit.StrategyAreaPage", "toolkit.StartHerePage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["strategy_areas"] = in_reading_language(
            under_any_translation(StrategyAreaPage.objects.live().public(), self)
        ).select_related("network")
        context["start_page"] = in_reading_language(
            under_any_translation(StartHerePage.objects.live().public(), self)
        ).first()
        return context

    @path("change-ideas/", name="change_ideas")
    def change_ideas(self, request):
        from toolkit.filters import change_idea_listing

        return render(
            request,
            "toolkit/change_idea_list.html",
            {"page": self, **change_idea_listing(request.GET)},
        )


class StrategyAreaPage(KeptFragmentsPage, EquityAndExtrasMixin, ReadingLanguageUrls, Page):
    """A strategy area: one learning network's aim and driver diagram."""

    # One strategy area per network in each language: the Spanish copy of an
    # area belongs to the same network (checked in clean()).
    network = models.ForeignKey(
        "core.LearningNetwork", on_delete=models.PROTECT, related_name="strategy_areas"
    )
    aim = models.CharField(
        max_length=300, help_text=_("One measurable sentence with a time frame.")
    )
    overview = RichTextField(features=["bold", "italic", "link", "ol", "ul"], blank=True)

    content_panels = [
        *Page.content_panels,
        ReadabilityPanel(["title", "aim", "overview"]),
        FieldPanel("network"),
        FieldPanel("aim"),
        FieldPanel("overview"),
        *EquityAndExtrasMixin.extras_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("aim", boost=2),
        index.SearchField("overview"),
        index.FilterField("network_id"),
    ]
    parent_page_types = ["toolkit.ToolkitIndexPage"]
    subpage_types = ["toolkit.ChangeIdeaPage"]

    def clean(self) -> None:
        super().clean()
        taken = StrategyAreaPage.objects.filter(
            network_id=self.network_id, locale_id=self.locale_id
        ).exclude(pk=self.pk)
        if self.network_id and taken.exists():
            raise ValidationError({"network": _("This network already has a strategy area.")})

    def get_context(self, request, *args, **kwargs):
        from toolkit.diagrams import driver_diagram

        context = super().get_context(request, *args, **kwargs)
        # Drawn only when the kept page is not there.
        context["diagram"] = SimpleLazyObject(lambda: driver_diagram(self))
        return context


class ChangeIdeaForm(WagtailAdminPageForm):
    """Offers only the secondary drivers of the strategy area the change idea
    sits in (in any of its languages)."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        area = parent_page or (self.instance.get_parent() if self.instance.pk else None)
        if "driver" in self.fields and area is not None:
            # A translated area shares the drivers of the area it copies.
            self.fields["driver"].queryset = Driver.objects.filter(
                strategy_area__translation_key=area.translation_key, parent__isnull=False
            )


class ChangeIdeaPage(KeptFragmentsPage, EquityAndExtrasMixin, ReadingLanguageUrls, Page):
    """A change to test: why it works, how to run a first PDSA cycle, how to
    measure it, and what to watch for."""

    driver = models.ForeignKey(
        Driver,
        on_delete=models.PROTECT,
        related_name="change_ideas",
        limit_choices_to={"parent__isnull": False},
        help_text=_("The secondary driver this change acts on, in the diagram."),
    )
    summary = models.CharField(max_length=300)
    why_it_works = RichTextField(features=["bold", "italic", "link", "ol", "ul"])
    evidence_level = models.CharField(max_length=20, choices=EvidenceLevel.choices)
    care_settings = ParentalManyToManyField(
        "toolkit.CareSetting", related_name="change_ideas", verbose_name=_("settings")
    )
    pdsa_plan = models.TextField(
        pgettext_lazy("PDSA step", "Plan"), help_text=_("What to prepare for a first small test.")
    )
    pdsa_do = models.TextField(
        pgettext_lazy("PDSA step", "Do"), help_text=_("What to do, and to record, during the test.")
    )
    pdsa_study = models.TextField(
        pgettext_lazy("PDSA step", "Study"), help_text=_("What to compare afterwards.")
    )
    pdsa_act = models.TextField(
        pgettext_lazy("PDSA step", "Act"), help_text=_("How to decide: adopt, adapt or abandon.")
    )
    measures = StreamField([("measure", toolkit_blocks.MeasureBlock())], blank=True)
    watch_for = StreamField(
        [("item", wagtail_blocks.TextBlock(max_length=300))],
        blank=True,
        verbose_name=_("things to watch for"),
    )

    content_panels = [
        *Page.content_panels,
        ReadabilityPanel(
            [
                "title",
                "summary",
                "why_it_works",
                "pdsa_plan",
                "pdsa_do",
                "pdsa_study",
                "pdsa_act",
                "watch_for",
            ]
        ),
        FieldPanel("driver"),
        FieldPanel("summary"),
        FieldPanel("why_it_works"),
        FieldPanel("evidence_level"),
        FieldPanel("care_settings"),
        MultiFieldPanel(
            [
                FieldPanel("pdsa_plan"),
                FieldPanel("pdsa_do"),
                FieldPanel("pdsa_study"),
                FieldPanel("pdsa_act"),
            ],
            heading=_("Test it as a PDSA cycle"),
        ),
        FieldPanel("measures"),
        FieldPanel("watch_for"),
        citations_panel(),
        moments_panel(),
        *EquityAndExtrasMixin.extras_panels,
    ]
    base_form_class = ChangeIdeaForm
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("why_it_works"),
        index.FilterField("evidence_level"),
        index.FilterField("driver_id"),
    ]
    parent_page_types = ["toolkit.StrategyAreaPage"]
    subpage_types: list[str] = []

    @property
    def evidence_legend(self) -> str:
        return EVIDENCE_LEGEND[self.evidence_level]

    def pdsa_steps(self) -> list[tuple[str, str, str]]:
        """(step, its name as shown, what to do) for each step of the cycle."""
        return [
            ("plan", pgettext("PDSA step", "Plan"), self.pdsa_plan),
            ("do", pgettext("PDSA step", "Do"), self.pdsa_do),
            ("study", pgettext("PDSA step", "Study"), self.pdsa_study),
            ("act", pgettext("PDSA step", "Act"), self.pdsa_act),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the kept page is not there.
        context["resources"] = SimpleLazyObject(
            lambda: cited_resources(self.resource_citations, request.user)
        )
        # Per reader (the page policy of each webinar), drawn beside the kept body.
        context["moments"] = cited_moments(self.moment_citations, request.user)
        if self.pk is None:  # a preview of a page not yet saved
            return context
        context["case_studies"] = (
            CaseStudyPage.objects.live().public().filter(change_ideas=self).order_by("title")
        )
        # The webinars that name this change idea (their app declares the
        # relation, `WebinarPage.change_ideas`; the toolkit imports none of it).
        context["webinars"] = self.webinars.live().public().order_by("-starts_at")
        context.update(change_idea_page.context_for(request.user, self))
        return context


class ChangeIdeaResource(ResourceCitation):
    """A library resource a change idea cites."""

    page = ParentalKey(
        "toolkit.ChangeIdeaPage", on_delete=models.CASCADE, related_name="resource_citations"
    )


class ChangeIdeaMoment(MomentCitation):
    """A moment of a webinar's recording a change idea cites."""

    page = ParentalKey(
        "toolkit.ChangeIdeaPage", on_delete=models.CASCADE, related_name="moment_citations"
    )


class CaseStudyIndexPage(ReadingLanguageUrls, Page):
    """/case-studies/: what teams did and what happened, with filters."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["toolkit.CaseStudyPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from toolkit.filters import case_study_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(case_study_listing(self, request.GET))
        return context


class CaseStudyPage(KeptFragmentsPage, EquityAndExtrasMixin, ReadingLanguageUrls, Page):
    """What one team (or the whole collaborative) tried, what changed, and
    what they would do differently."""

    jurisdiction = models.ForeignKey(
        "core.Jurisdiction",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="case_studies",
        help_text=_("Leave empty for a national case study."),
    )
    team = models.ForeignKey(
        "core.Team", null=True, blank=True, on_delete=models.SET_NULL, related_name="case_studies"
    )
    networks = ParentalManyToManyField("core.LearningNetwork", related_name="case_studies")
    change_ideas = ParentalManyToManyField(
        "toolkit.ChangeIdeaPage", blank=True, related_name="case_studies"
    )
    summary = models.CharField(max_length=400)
    challenge = RichTextField(features=["bold", "italic", "link", "ol", "ul"])
    what_they_did = RichTextField(features=["bold", "italic", "link", "ol", "ul"])
    results = StreamField([("result", toolkit_blocks.ResultBlock())], blank=True)
    differently = RichTextField(
        features=["bold", "italic", "link", "ol", "ul"],
        verbose_name=_("what they would do differently"),
        help_text=_("Include the tests that did not work."),
    )
    contacts = StreamField([("contact", toolkit_blocks.ContactBlock())], blank=True)

    content_panels = [
        *Page.content_panels,
        ReadabilityPanel(["title", "summary", "challenge", "what_they_did", "differently"]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("jurisdiction"),
                FieldPanel("team"),
                FieldPanel("networks"),
                FieldPanel("change_ideas"),
            ],
            heading=_("Where and what"),
        ),
        FieldPanel("challenge"),
        FieldPanel("what_they_did"),
        FieldPanel("results"),
        FieldPanel("differently"),
        FieldPanel("contacts"),
        citations_panel(),
        moments_panel(),
        *EquityAndExtrasMixin.extras_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("challenge"),
        index.SearchField("what_they_did"),
        index.SearchField("differently"),
        index.FilterField("jurisdiction_id"),
    ]
    parent_page_types = ["toolkit.CaseStudyIndexPage"]
    subpage_types: list[str] = []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["change_ideas"] = visible(self.change_ideas)
        # Read only when the kept page is not there.
        context["resources"] = SimpleLazyObject(
            lambda: cited_resources(self.resource_citations, request.user)
        )
        # Per reader (the page policy of each webinar), drawn beside the kept body.
        context["moments"] = cited_moments(self.moment_citations, request.user)
        return context


class CaseStudyResource(ResourceCitation):
    """A library resource a case study cites."""

    page = ParentalKey(
        "toolkit.CaseStudyPage", on_delete=models.CASCADE, related_name="resource_citations"
    )


class CaseStudyMoment(MomentCitation):
    """A moment of a webinar's recording a case study cites."""

    page = ParentalKey(
        "toolkit.CaseStudyPage", on_delete=models.CASCADE, related_name="moment_citations"
    )


class StartHerePage(RoutablePageMixin, ReadingLanguageUrls, Page):
    """/toolkit/start/: the newcomer's path, step by step, remembering which
    steps a signed-in member has done."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    steps = StreamField([("step", toolkit_blocks.StartStepBlock())])

    content_panels = [
        *Page.content_panels,
        ReadabilityPanel(["title", "intro", "steps"]),
        FieldPanel("intro"),
        FieldPanel("steps"),
    ]
    parent_page_types = ["toolkit.ToolkitIndexPage"]
    subpage_types: list[str] = []
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from toolkit.newcomers import path_for

        context = super().get_context(request, *args, **kwargs)
        context["path"] = path_for(self, request.user)
        context["strategy_areas"] = (
            in_reading_language(StrategyAreaPage.objects.live().public())
            .select_related("network")
            .order_by("network__sort_order")
        )
        return context

    @path("steps/<str:step>/", name="mark_step")
    def mark_step(self, request, step: str):
        from toolkit.views.newcomers import mark_step

        return mark_step(request, self, step)
