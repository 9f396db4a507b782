"""Factories for the resource library, for tests, demo data and the corpus."""

import factory
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model

from resources.models import Resource, ResourceKind, Visibility


class DocumentFactory(DjangoModelFactory):
    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"File {n}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(
            b"%PDF-1.4\n% demo\n", name=f"{o.title.lower().replace(' ', '-')}.pdf"
        )
    )


class ResourceFactory(DjangoModelFactory):
    class Meta:
        model = Resource
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Resource {n}")
    summary = "A checklist hospitals use to audit safe sleep on the unit."
    kind = ResourceKind.TOOLKIT
    document = factory.SubFactory(DocumentFactory)
    visibility = Visibility.PUBLIC
    live = True

    @factory.post_generation
    def networks(resource, create, extracted, **kwargs):
        if create and extracted:
            resource.networks.set(extracted)
            resource.save()

    @factory.post_generation
    def jurisdictions(resource, create, extracted, **kwargs):
        if create and extracted:
            resource.jurisdictions.set(extracted)
            resource.save()

    @factory.post_generation
    def topics(resource, create, extracted, **kwargs):
        if create and extracted:
            resource.topics.set(extracted)
            resource.save()
