"""Presenters and webinar engagement in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from webinars.models import Person, WebinarEngagement


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("Presenters")
    list_display = ["name", "title", "organisation"]
    search_fields = ["name", "organisation"]


class EngagementViewSet(SnippetViewSet):
    model = WebinarEngagement
    icon = "view"
    menu_label = _("Engagement")
    list_display = [
        "webinar",
        "views",
        "plays",
        "reached_25",
        "reached_50",
        "reached_75",
        "reached_100",
    ]
    inspect_view_enabled = True  # read-only: see WebinarsConfig.ready()
    ordering = ["-views"]


class WebinarsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Webinars")
    menu_icon = "media"
    menu_order = 170
    items = [PersonViewSet, EngagementViewSet]


register_snippet(WebinarsViewSetGroup)
