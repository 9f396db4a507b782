from django.urls import path

from resources.feeds import AtomResourceFeed, ResourceFeed
from resources.views import collections, library, sharing

app_name = "resources"
urlpatterns = [
    path("", library.resource_list, name="index"),
    path("share/", sharing.share, name="share"),
    path("mine/", sharing.my_contributions, name="mine"),
    path("collections/", collections.collection_list, name="collections"),
    path("collections/<int:pk>/", collections.collection_detail, name="collection"),
    path(
        "collections/<int:pk>/remove/<int:resource_id>/",
        collections.remove,
        name="collection_remove",
    ),
    path("<int:pk>/save/", collections.bookmark, name="bookmark"),
    path("feed/rss/", ResourceFeed(), name="feed_rss"),
    path("feed/atom/", AtomResourceFeed(), name="feed_atom"),
    path("<int:pk>/download/", library.download, name="download"),
    path("<int:pk>/versions/<int:version>/download/", library.download, name="version_download"),
    path("<int:pk>/new-file/", sharing.new_file, name="new_file"),
    path("<int:pk>/withdraw/", sharing.withdraw, name="withdraw"),
    path("<int:pk>/preview/", library.preview, name="preview"),
    path("<int:pk>/play/", library.play, name="play"),
    path("<int:pk>/", library.resource_detail, name="detail_short"),
    # Last: the slug is only for people reading the address.
    path("<int:pk>/<slug:slug>/", library.resource_detail, name="detail"),
]
