"""Filtered listings of change ideas and case studies, with the count each
choice would give. Filters read from the query string, so every view can
be shared by its URL and works without JavaScript."""

from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from community.models import Jurisdiction, LearningNetwork
from kernel import facets
from kernel.page_languages import in_reading_language, under_any_translation
from toolkit.models import (
    CareSetting,
    CaseStudyPage,
    ChangeIdeaPage,
    Driver,
    EvidenceLevel,
    StrategyAreaPage,
)
from toolkit.models.snippets import EVIDENCE_LEGEND


def _drivers(selection: facets.Selection, tally: facets.Tally) -> list[tuple[int, str]]:
    """Drivers of published strategy areas (of the chosen network only):
    primary drivers, each followed by its secondary ones, indented."""
    areas = StrategyAreaPage.objects.live().public()
    chosen = Driver.objects.filter(strategy_area__in=areas).order_by(
        "strategy_area__network__sort_order", "parent_id", "sort_order", "pk"
    )
    if network := selection.values.get("network"):
        chosen = chosen.filter(strategy_area__network__slug=network)
    drivers = list(chosen)
    options = []
    for primary in (d for d in drivers if d.parent_id is None):
        options.append((primary.pk, primary.title))
        options += [(d.pk, f"— {d.title}") for d in drivers if d.parent_id == primary.pk]
    return options


CHANGE_IDEAS = facets.Listing(
    filters=(
        facets.Choices(
            "network",
            _("Strategy area"),
            _("All areas"),
            where=lambda slug: Q(driver__strategy_area__network__slug=slug),
            options=LearningNetwork.objects.values_list("slug", "name"),
            count=facets.grouped("driver__strategy_area__network__slug"),
        ),
        facets.Choices(
            "driver",
            _("Driver"),
            _("All drivers"),
            read=facets.number(),
            # A primary driver takes in the ideas under all its secondary drivers.
            where=lambda driver: Q(driver_id=driver) | Q(driver__parent_id=driver),
            options=_drivers,
            count=facets.summed(facets.grouped("driver_id"), facets.grouped("driver__parent_id")),
        ),
        facets.Choices(
            "evidence",
            _("Evidence"),
            _("Any evidence"),
            read=facets.one_of(EvidenceLevel.values),
            where=lambda level: Q(evidence_level=level),
            options=EvidenceLevel.choices,
            count=facets.grouped("evidence_level"),
        ),
        facets.Choices(
            "setting",
            _("Setting"),
            _("Any setting"),
            where=lambda slug: Q(care_settings__slug=slug),
            options=CareSetting.objects.values_list("slug", "name"),
            count=facets.grouped("care_settings__slug"),
        ),
    ),
    order=("driver__strategy_area__network__sort_order", "path"),
    select_related=("driver__strategy_area__network",),
    per_page=24,
    distinct=True,  # care settings are a join
)


def change_idea_listing(params: QueryDict) -> dict:
    found = CHANGE_IDEAS.find(in_reading_language(ChangeIdeaPage.objects.live().public()), params)
    page = found.page()
    return {
        "ideas": page,
        **found.summary(page.paginator.count),
        "evidence_legend": [
            (level, label, EVIDENCE_LEGEND[level]) for level, label in EvidenceLevel.choices
        ],
    }


NATIONAL = "national"


def _places(selection: facets.Selection, tally: facets.Tally) -> list[tuple[str, str]]:
    """National first, then the jurisdictions that have case studies here."""
    used = Jurisdiction.objects.filter(case_studies__in=selection.base).distinct()
    return [(NATIONAL, gettext("National")), *used.values_list("slug", "name")]


def _by_place(matching, selection: facets.Selection, facet: facets.Choices) -> facets.Tally:
    """Case studies with no jurisdiction count as national."""
    tally = facets.grouped("jurisdiction__slug")(matching, selection, facet)
    tally[NATIONAL] = tally.pop(None, 0)
    return tally


def _ideas(selection: facets.Selection, tally: facets.Tally) -> list[tuple[int, str]]:
    """Published change ideas that case studies here put into practice."""
    ideas = ChangeIdeaPage.objects.live().filter(case_studies__in=selection.base)
    return [(idea.pk, idea.title) for idea in ideas.distinct().order_by("title")]


CASE_STUDIES = facets.Listing(
    filters=(
        facets.Choices(
            "network",
            _("Learning network"),
            _("All networks"),
            where=lambda slug: Q(networks__slug=slug),
            options=LearningNetwork.objects.values_list("slug", "name"),
            count=facets.grouped("networks__slug"),
        ),
        facets.Choices(
            "jurisdiction",
            _("State or jurisdiction"),
            _("Anywhere"),
            where=lambda slug: (
                Q(jurisdiction__isnull=True) if slug == NATIONAL else Q(jurisdiction__slug=slug)
            ),
            options=_places,
            count=_by_place,
        ),
        facets.Choices(
            "change_idea",
            _("Change idea"),
            _("Any change idea"),
            read=facets.number(),
            where=lambda idea: Q(change_ideas__id=idea),
            options=_ideas,
            count=facets.grouped("change_ideas__id"),
        ),
    ),
    order=("title",),
    select_related=("jurisdiction", "team"),
    prefetch_related=("networks",),
    per_page=24,
    distinct=True,  # networks and change ideas are joins
)


def case_study_listing(index_page, params: QueryDict) -> dict:
    base = in_reading_language(
        under_any_translation(CaseStudyPage.objects.live().public(), index_page)
    )
    found = CASE_STUDIES.find(base, params)
    page = found.page()
    return {"studies": page, **found.summary(page.paginator.count)}
