"""How measures become search documents (search.documents): one per measure
anyone may see (a published measure of the dictionary, or one a team
shared), faceted by its learning networks. Registered from
`MeasuresConfig.ready()`."""

from search import documents
from search.documents import Doc, Source, _places, _plain, facet_key
from search.models import Kind


def measure_documents(measure) -> list[Doc]:
    if not measure.is_public:
        return []
    facets = [facet_key("type", Kind.MEASURE), *_places([], measure.networks.all())]
    return [
        Doc(
            key=f"measure:{measure.pk}",
            kind=Kind.MEASURE,
            title=measure.name,
            url=measure.get_absolute_url(),
            access=["public"],
            facets=facets,
            text=_plain(measure.definition, measure.numerator, measure.denominator),
            context=f"{measure.get_kind_display()} measure · {measure.get_data_type_display()}",
            # A measure's page defines it: the change ideas, strategy areas
            # and resources about the same words come before it.
            boost=0.3,
        )
    ]


def register() -> None:
    documents.register(
        Source(
            "measures.Measure",
            measure_documents,
            "measure",
            prefetch=("networks",),
        )
    )
