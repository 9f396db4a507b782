"""The toolkit in the Wagtail admin: its snippets (driver diagram boxes, key
insights, videos and care settings, under one menu), and the reading grade
of the pages families read (the plain-language panel, redrawn as the editor
types)."""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from toolkit.models import CareSetting, Driver, KeyInsight, Video
from toolkit.views import readability


class DriverViewSet(SnippetViewSet):
    model = Driver
    icon = "site"
    menu_label = _("Driver diagrams")
    list_display = ["title", "strategy_area", "parent", "sort_order"]
    list_filter = ["strategy_area"]
    search_fields = ["title", "description"]
    list_per_page = 100


class KeyInsightViewSet(SnippetViewSet):
    model = KeyInsight
    icon = "pick"
    menu_label = _("Key insights")
    list_display = ["title"]
    search_fields = ["title", "text"]


class VideoViewSet(SnippetViewSet):
    model = Video
    icon = "media"
    menu_label = _("Videos")
    list_display = ["title"]
    search_fields = ["title", "description"]


class CareSettingViewSet(SnippetViewSet):
    model = CareSetting
    icon = "home"
    menu_label = _("Care settings")
    list_display = ["name", "slug", "sort_order"]


class ToolkitViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Toolkit")
    menu_icon = "tasks"
    menu_order = 160
    items = [DriverViewSet, KeyInsightViewSet, VideoViewSet, CareSettingViewSet]


register_snippet(ToolkitViewSetGroup)


@hooks.register("register_admin_urls")
def readability_urls():
    return [
        path(
            "readability/pages/<int:page_id>/", readability.page_grade, name="toolkit_readability"
        ),
        path(
            "readability/pages/add/<str:app_label>/<str:model_name>/<int:parent_id>/",
            readability.new_page_grade,
            name="toolkit_readability_new",
        ),
    ]


@hooks.register("insert_editor_js")
def readability_script():
    """Redraws the plain-language panel while the editor types (the script
    does nothing on an edit form without the panel)."""
    return format_html('<script src="{}" defer></script>', static("js/readability.js"))
