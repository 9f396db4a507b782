"""RSS and Atom feeds of any filtered view of the library: the same query
string as /resources/, the same permissions (feed readers are usually not
signed in, so they get what visitors see)."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from resources.filters import resource_listing
from resources.models import Resource

ITEMS = 50


class ResourceFeed(Feed):
    description = _("New resources shared with the collaborative.")

    def get_object(self, request):
        self.request = request
        return request

    def title(self, request) -> str:
        filters = [f"{k}: {v}" for k, v in request.GET.items() if k != "page" and v]
        suffix = f" ({', '.join(filters)})" if filters else ""
        # XML 1.0 has no control characters: one in the query string would fail the feed.
        suffix = "".join(c for c in suffix if c.isprintable())
        # Translators: the feed's title; %(site)s is the name of the site.
        name = gettext("%(site)s resource library") % {"site": settings.WAGTAIL_SITE_NAME}
        return f"{name}{suffix}"

    def link(self, request) -> str:
        query = request.GET.urlencode()
        return reverse("resources:index") + (f"?{query}" if query else "")

    def items(self, request):
        listing = resource_listing(request.user, request.GET)
        return list(listing["resources"].paginator.object_list[:ITEMS])

    def item_title(self, item: Resource) -> str:
        return item.title

    def item_description(self, item: Resource) -> str:
        return item.summary

    def item_pubdate(self, item: Resource):
        return item.created_at

    def item_updateddate(self, item: Resource):
        return item.updated_at

    def item_categories(self, item: Resource) -> list[str]:
        return [network.name for network in item.networks.all()]


class AtomResourceFeed(ResourceFeed):
    feed_type = Atom1Feed
    subtitle = ResourceFeed.description
