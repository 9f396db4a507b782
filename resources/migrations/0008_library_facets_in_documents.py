"""Each resource's search document also holds the library's own facets
(`kind=`, `language=`, `audience=`; resources.search_documents), which the
library's keyword box counts over. Existing documents get them here, so the
counts are right from the first request of this release without a rebuild
of the index; the previous release's processes ignore the extra keys.

The keys are written out here rather than by the document builder, which
may change after this migration was written."""

from django.db import migrations

BATCH = 1000
PREFIX = "resource:"


def _keys(kind: str, language: str, audiences: list[str]) -> list[str]:
    return [f"kind={kind}", f"language={language}", *(f"audience={slug}" for slug in audiences)]


def add_library_facets(apps, schema_editor) -> None:
    resource_model = apps.get_model("resources", "Resource")
    document_model = apps.get_model("search", "SearchDocument")
    links = resource_model._meta.get_field("audiences").remote_field.through
    documents = document_model.objects.filter(owner__startswith=PREFIX).order_by("pk")
    last = 0
    while batch := list(documents.filter(pk__gt=last).only("pk", "owner", "facets")[:BATCH]):
        last = batch[-1].pk
        by_resource = {int(doc.owner[len(PREFIX) :]): doc for doc in batch}
        audiences: dict[int, list[str]] = {}
        for resource_id, slug in links.objects.filter(resource_id__in=by_resource).values_list(
            "resource_id", "audience__slug"
        ):
            audiences.setdefault(resource_id, []).append(slug)
        changed = []
        resources = resource_model.objects.filter(pk__in=by_resource)
        for pk, kind, language in resources.values_list("pk", "kind", "language"):
            doc = by_resource[pk]
            missing = [
                key
                for key in _keys(kind, language, audiences.get(pk, []))
                if f" {key} " not in doc.facets
            ]
            if missing:
                doc.facets = f"{doc.facets.rstrip()} {' '.join(missing)} "
                changed.append(doc)
        document_model.objects.bulk_update(changed, ["facets"])


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0007_drop_search_vector"),
        ("search", "0003_alter_searchdocument_kind"),
    ]

    operations = [migrations.RunPython(add_library_facets, migrations.RunPython.noop)]
