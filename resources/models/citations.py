from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class ResourceCitation(Orderable):
    """A library resource an editor cites on a page. Abstract: each citing
    page type (a change idea, a webinar) keeps its own rows in its own app,
    and registers with `resources.citations` so "cited in" can ask it."""

    # A snippet foreign key: the admin offers Wagtail's snippet chooser, which
    # searches the library rather than listing every resource in a select.
    resource = models.ForeignKey("resources.Resource", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("resource")]

    class Meta(Orderable.Meta):
        abstract = True
