"""Filtered listings of change ideas and case studies, with the count each
choice would give. Filters read from the query string, so every view can
be shared by its URL and works without JavaScript."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import QueryDict

from collaboratory import facets
from collaboratory.models import Jurisdiction, LearningNetwork
from toolkit.models import (
    CareSetting,
    CaseStudyPage,
    ChangeIdeaPage,
    Driver,
    EvidenceLevel,
    StrategyAreaPage,
)
from toolkit.models.snippets import EVIDENCE_LEGEND

PER_PAGE = 24


def change_idea_filters(params: QueryDict) -> dict[str, Q]:
    """One Q per active filter, keyed by the query-string name."""
    active = {}
    if network := params.get("network"):
        active["network"] = Q(driver__strategy_area__network__slug=network)
    if (driver := facets.whole_number(params.get("driver"))) is not None:
        active["driver"] = Q(driver_id=driver) | Q(driver__parent_id=driver)
    if (evidence := params.get("evidence")) in EvidenceLevel.values:
        active["evidence"] = Q(evidence_level=evidence)
    if setting := params.get("setting"):
        active["setting"] = Q(care_settings__slug=setting)
    return active


def change_idea_listing(params: QueryDict) -> dict:
    base = ChangeIdeaPage.objects.live().public()
    active = change_idea_filters(params)
    ideas = (
        facets.filtered(base, active)
        .distinct()
        .select_related("driver__strategy_area__network")
        .order_by("driver__strategy_area__network__sort_order", "path")
    )

    # Each facet counts what its choices would give with the other filters kept.
    def counts(skip: str, field: str) -> dict:
        return facets.counts(facets.filtered(base, active, skip=skip), field)

    areas = StrategyAreaPage.objects.live().public()
    drivers = Driver.objects.filter(strategy_area__in=areas).order_by(
        "strategy_area__network__sort_order", "parent_id", "sort_order", "pk"
    )
    if network := params.get("network"):
        drivers = drivers.filter(strategy_area__network__slug=network)
    # A primary driver counts the ideas under all its secondary drivers.
    driver_counts = counts("driver", "driver_id")
    for primary, n in counts("driver", "driver__parent_id").items():
        driver_counts[primary] = driver_counts.get(primary, 0) + n
    page = Paginator(ideas, PER_PAGE).get_page(params.get("page"))
    return {
        "ideas": page,
        "result_count": page.paginator.count,
        "filter_query": facets.query_without_page(params),
        "facets": facets.by_name(
            facets.facet(
                "network",
                "Strategy area",
                "All areas",
                LearningNetwork.objects.values_list("slug", "name"),
                counts("network", "driver__strategy_area__network__slug"),
                params,
            ),
            facets.facet(
                "driver",
                "Driver",
                "All drivers",
                _driver_options(drivers),
                driver_counts,
                params,
            ),
            facets.facet(
                "evidence",
                "Evidence",
                "Any evidence",
                EvidenceLevel.choices,
                counts("evidence", "evidence_level"),
                params,
            ),
            facets.facet(
                "setting",
                "Setting",
                "Any setting",
                CareSetting.objects.values_list("slug", "name"),
                counts("setting", "care_settings__slug"),
                params,
            ),
        ),
        "any_filter": bool(active),
        "evidence_legend": [
            (level, label, EVIDENCE_LEGEND[level]) for level, label in EvidenceLevel.choices
        ],
    }


def _driver_options(drivers) -> list[tuple[int, str]]:
    """Primary drivers, each followed by its secondary ones, indented."""
    drivers = list(drivers)
    options = []
    for primary in (d for d in drivers if d.parent_id is None):
        options.append((primary.pk, primary.title))
        options += [(d.pk, f"— {d.title}") for d in drivers if d.parent_id == primary.pk]
    return options


NATIONAL = "national"


def case_study_filters(params: QueryDict) -> dict[str, Q]:
    active = {}
    if network := params.get("network"):
        active["network"] = Q(networks__slug=network)
    if jurisdiction := params.get("jurisdiction"):
        active["jurisdiction"] = (
            Q(jurisdiction__isnull=True)
            if jurisdiction == NATIONAL
            else Q(jurisdiction__slug=jurisdiction)
        )
    if (idea := facets.whole_number(params.get("change_idea"))) is not None:
        active["change_idea"] = Q(change_ideas__id=idea)
    return active


def case_study_listing(index_page, params: QueryDict) -> dict:
    base = CaseStudyPage.objects.child_of(index_page).live().public()
    active = case_study_filters(params)
    studies = (
        facets.filtered(base, active)
        .distinct()
        .select_related("jurisdiction", "team")
        .prefetch_related("networks")
        .order_by("title")
    )

    def counts(skip: str, field: str) -> dict:
        return facets.counts(facets.filtered(base, active, skip=skip), field)

    jurisdiction_counts = counts("jurisdiction", "jurisdiction__slug")
    jurisdiction_counts[NATIONAL] = jurisdiction_counts.pop(None, 0)
    used_jurisdictions = Jurisdiction.objects.filter(case_studies__in=base).distinct()
    idea_options = (
        ChangeIdeaPage.objects.live().filter(case_studies__in=base).distinct().order_by("title")
    )
    page = Paginator(studies, PER_PAGE).get_page(params.get("page"))
    return {
        "studies": page,
        "result_count": page.paginator.count,
        "filter_query": facets.query_without_page(params),
        "facets": facets.by_name(
            facets.facet(
                "network",
                "Learning network",
                "All networks",
                LearningNetwork.objects.values_list("slug", "name"),
                counts("network", "networks__slug"),
                params,
            ),
            facets.facet(
                "jurisdiction",
                "State or jurisdiction",
                "Anywhere",
                [(NATIONAL, "National"), *used_jurisdictions.values_list("slug", "name")],
                jurisdiction_counts,
                params,
            ),
            facets.facet(
                "change_idea",
                "Change idea",
                "Any change idea",
                [(idea.pk, idea.title) for idea in idea_options],
                counts("change_idea", "change_ideas__id"),
                params,
            ),
        ),
        "any_filter": bool(active),
    }
