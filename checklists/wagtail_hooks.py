"""Checklists in the Wagtail admin: editors write each network's benchmarks."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from checklists.models import Checklist


class ChecklistViewSet(SnippetViewSet):
    model = Checklist
    icon = "list-ul"
    menu_label = _("Benchmark checklists")
    menu_order = 170
    add_to_admin_menu = True
    list_display = ["name", "network"]
    list_filter = ["network"]
    search_fields = ["name", "description"]


register_snippet(ChecklistViewSet)
