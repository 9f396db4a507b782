"""Factories for the webinar archive, for tests and demo data."""

from datetime import timedelta

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model

from webinars.models import Person, WebinarIndexPage, WebinarPage, WebinarSeriesPage


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Presenter {n}")
    slug = factory.Sequence(lambda n: f"presenter-{n}")
    title = "Neonatologist"
    organisation = "State health department"


class WebinarIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WebinarIndexPage

    title = "Webinars"
    slug = "webinars"


class WebinarSeriesPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WebinarSeriesPage

    title = factory.Sequence(lambda n: f"Series {n}")
    slug = factory.Sequence(lambda n: f"series-{n}")


class WebinarPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WebinarPage

    title = factory.Sequence(lambda n: f"Webinar {n}")
    slug = factory.Sequence(lambda n: f"webinar-{n}")
    abstract = "<p>What teams learned.</p>"
    starts_at = factory.LazyFunction(
        lambda: (timezone.now() + timedelta(days=7)).replace(second=0, microsecond=0)
    )
    time_zone = "America/New_York"
    duration_minutes = 60


def document(title: str, name: str, data: bytes):
    """A real stored Wagtail document."""
    doc = get_document_model()(title=title)
    doc.file.save(name, ContentFile(data), save=False)
    doc.save()
    return doc
