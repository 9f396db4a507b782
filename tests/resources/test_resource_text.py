"""A resource's words are kept once, in its search document, which the
library's keyword box and the site search both read; every change to them
goes through `resources.services.text_changed`, and a write that saves the
row several times builds the document once."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.http import QueryDict
from wagtail.search.models import IndexEntry

from community.factories import MembershipFactory
from kernel.pdf import simple_pdf
from resources import services
from resources.factories import ResourceFactory
from resources.filters import resource_listing
from resources.models import Audience, Resource
from resources.tasks import extract_file_text
from search import indexing
from search.models import SearchDocument
from search.results import find

pytestmark = pytest.mark.django_db
PHRASE = "heliotrope swaddle"


@pytest.fixture
def stores(monkeypatch) -> list[list[str]]:
    """The owners of each batch of documents written, the real store
    running underneath."""
    written: list[list[str]] = []
    real = indexing.store

    def spy(changes):
        written.append(sorted(changes))
        return real(changes)

    monkeypatch.setattr(indexing, "store", spy)
    return written


def _library(query: str) -> list[str]:
    listing = resource_listing(AnonymousUser(), QueryDict(query))
    return [resource.title for resource in listing["resources"]]


def _site_search(query: str) -> list[str]:
    return [hit.key for hit in find(AnonymousUser(), QueryDict(query), record=False).results.hits]


def test_the_files_text_is_found_by_both_boxes_from_one_document(
    network, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        resource = ResourceFactory(title="Unit report", networks=[network])
    Resource.objects.filter(pk=resource.pk).update(file_text=f"Findings: {PHRASE} on nights.")
    with django_capture_on_commit_callbacks(execute=True):
        services.text_changed(resource)

    document = SearchDocument.objects.get(owner=f"resource:{resource.pk}")
    assert PHRASE in document.file_text
    assert _library(f"q={PHRASE}") == ["Unit report"]
    assert _site_search(f"q={PHRASE}") == [f"resource:{resource.pk}"]
    # Nowhere else: the admin's own index holds no file text, and the
    # resource row keeps no vector of its own.
    entries = IndexEntry.objects.filter(content_type__model="resource", object_id=str(resource.pk))
    assert entries.exists()
    assert not any("swaddle" in str(vars(entry)) for entry in entries)
    with connection.cursor() as cursor:  # the column stays until the next release
        cursor.execute("SELECT search_vector FROM resources_resource WHERE id = %s", [resource.pk])
        assert cursor.fetchone() == (None,)


def test_the_extraction_task_goes_through_the_one_service(
    network, stores, monkeypatch, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        resource = ResourceFactory(title="Audit summary", networks=[network])
    pdf = SimpleUploadedFile("a.pdf", simple_pdf("Audit", [PHRASE]), "application/pdf")
    resource.document.file.save("a.pdf", pdf, save=True)
    announced = []
    real = services.text_changed
    monkeypatch.setattr(services, "text_changed", lambda *r: (announced.append(r), real(*r)))
    stores.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert extract_file_text.enqueue(resource.pk, "pdf").return_value == "ok"

    assert [[r.pk for r in call] for call in announced] == [[resource.pk]]
    assert stores == [[f"resource:{resource.pk}"]]
    assert _library(f"q={PHRASE}") == ["Audit summary"]


def test_a_write_that_saves_the_row_several_times_builds_the_document_once(
    team, network, stores, django_capture_on_commit_callbacks
):
    lead = MembershipFactory(team=team).user
    upload = SimpleUploadedFile("plan.pdf", simple_pdf("Plan", [PHRASE]), "application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        resource = services.attach_file(lead, team, upload)
    # The attachment saves its row, sets its networks and states, and its
    # text arrives from the extraction task: two builds, one per commit.
    owner = f"resource:{resource.pk}"
    assert stores == [[owner], [owner]]
    document = SearchDocument.objects.get(owner=owner)
    assert f" network={network.slug} " in document.facets  # set after the row was saved
    assert PHRASE in document.file_text


def test_the_document_is_filed_under_the_librarys_own_facets(
    network, django_capture_on_commit_callbacks
):
    """The library's keyword box counts every facet over the documents."""
    with django_capture_on_commit_callbacks(execute=True):
        resource = ResourceFactory(title="Cuna segura", kind="protocol", language="es")
        resource.audiences.set(Audience.objects.filter(slug__in=["clinicians", "families"]))
        resource.save()  # a parental relation is written with its resource
    facets = SearchDocument.objects.get(owner=f"resource:{resource.pk}").facets.split()
    assert {"kind=protocol", "language=es", "audience=clinicians", "audience=families"} <= set(
        facets
    )
    with django_capture_on_commit_callbacks(execute=True):
        resource.audiences.remove(Audience.objects.get(slug="families"))
        resource.save()
    facets = SearchDocument.objects.get(owner=f"resource:{resource.pk}").facets.split()
    assert "audience=families" not in facets and "audience=clinicians" in facets


def test_documents_written_before_get_the_librarys_facets_when_migrating(
    network, django_capture_on_commit_callbacks
):
    migration = importlib.import_module("resources.migrations.0008_library_facets_in_documents")
    with django_capture_on_commit_callbacks(execute=True):
        resource = ResourceFactory(title="Old document", kind="protocol", networks=[network])
        resource.audiences.set([Audience.objects.get(slug="leaders")])
        resource.save()
    document = SearchDocument.objects.get(owner=f"resource:{resource.pk}")
    as_before = " type=resource network=safe-sleep "
    SearchDocument.objects.filter(pk=document.pk).update(facets=as_before)

    migration.add_library_facets(apps, None)
    migration.add_library_facets(apps, None)  # twice: nothing added again

    document.refresh_from_db()
    assert document.facets == (
        " type=resource network=safe-sleep kind=protocol language=en audience=leaders "
    )
