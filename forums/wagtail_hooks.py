"""Discussion spaces in the Wagtail admin: administrators rename spaces and
change who is in a working group. Messages are changed only on the site,
through the services that number and broadcast each change."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from forums.models import Space


class SpaceViewSet(SnippetViewSet):
    model = Space
    icon = "comment"
    menu_label = _("Discussion spaces")
    menu_order = 160
    add_to_admin_menu = True
    list_display = ["name", "kind", "slug", "created_at"]
    list_filter = ["kind"]
    search_fields = ["name", "description"]
    list_per_page = 50
    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("member_teams", heading=_("Working group: teams")),
        FieldPanel("member_people", heading=_("Working group: people")),
    ]


register_snippet(SpaceViewSet)
