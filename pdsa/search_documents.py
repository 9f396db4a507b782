"""How cycles become search documents (search.documents): one per cycle,
found by the keys of the cycle policy (the team and its coaches; the
networks or every member once shared), faceted by the team's state and
networks."""

from django.conf import settings
from django.utils import translation

from pdsa import permissions
from pdsa.models import Cycle
from search import documents
from search.documents import Doc, Source, _places, _plain, facet_key
from search.models import Kind


def cycle_documents(cycle: Cycle) -> list[Doc]:
    team = cycle.team
    # The index serves every language: its text stays in the site's own.
    with translation.override(settings.LANGUAGE_CODE):
        stage = cycle.stage_label
    facets = [
        facet_key("type", Kind.PDSA_CYCLE),
        *_places([team.jurisdiction], team.networks.all()),
    ]
    return [
        Doc(
            key=f"pdsa_cycle:{cycle.pk}",
            kind=Kind.PDSA_CYCLE,
            title=cycle.title,
            url=cycle.get_absolute_url(),
            access=permissions.cycles.keys(cycle),
            facets=facets,
            text=_plain(
                cycle.idea_name, cycle.question, cycle.prediction, cycle.what_happened, cycle.study
            ),
            context=f"PDSA cycle · {team.name} · {stage}",
            date=None,
        )
    ]


def register() -> None:
    documents.register(
        Source(
            "pdsa.Cycle",
            cycle_documents,
            "pdsa_cycle",
            related=("team__jurisdiction", "change_idea"),
            prefetch=("team__networks",),
        )
    )
