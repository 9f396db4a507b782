"""Search in the Wagtail admin: editors keep the synonyms, pin results for a
query (Wagtail's promoted search results), and read what people search for
and what finds nothing (Reports › Site searches)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.admin_views import searches_report
from search.models import Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 170
    add_to_admin_menu = True
    list_display = ["terms", "note"]
    search_fields = ["terms"]
    panels = [FieldPanel("terms"), FieldPanel("note")]


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def searches_report_url():
    return [path("reports/site-searches/", searches_report, name="site_searches_report")]


@hooks.register("register_reports_menu_item")
def searches_report_menu_item():
    return MenuItem(
        _("Site searches"), reverse("site_searches_report"), icon_name="search", order=900
    )
