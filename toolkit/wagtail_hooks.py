"""The toolkit's snippets in the Wagtail admin: driver diagram boxes, key
insights, videos and care settings, under one menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from toolkit.models import CareSetting, Driver, KeyInsight, Video


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
