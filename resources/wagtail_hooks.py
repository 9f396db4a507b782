"""The library in the Wagtail admin, where editors and facilitators review
shares through the moderation workflow (approve, request changes, reject)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from resources.models import Resource


class ResourceViewSet(SnippetViewSet):
    model = Resource
    icon = "doc-full-inverse"
    menu_label = _("Resource library")
    menu_order = 140
    add_to_admin_menu = True
    list_display = ["title", "kind", "team", "visibility", "live", "created_at"]
    list_filter = ["kind", "visibility", "live", "withdrawn", "networks"]
    search_fields = ["title", "summary"]
    list_per_page = 50


register_snippet(ResourceViewSet)
