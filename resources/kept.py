"""A resource's row, with its team and file, kept in the cache for its page:
reading the page again costs a cache read instead of a query.

Kept under the content version (kernel/fragments.py), which every save of
a resource, every change to its links and its file's text, and a team's
new name move on: the row is as fresh as the kept page it is drawn into
(kernel/personal_pages.py). And under the versions its counts' folds move
on (kernel/counters.py): the page adds the pending views and downloads to
the row's figures, so a row from before a fold would count them twice.

Only the row is kept, never an answer about it: the library's policy still
decides, at every view, with the reader's standing of the moment, whether
they may see it. The row is read each time while the cache is away, with
FRAGMENT_CACHE_SECONDS at 0, and where counts are not kept in Redis
(development's cache); otherwise it is kept five minutes at most.

Every change to a resource goes through its save (the admin, the library's
services) or calls `services.text_changed`; a bare `QuerySet.update` of its
rows would not be seen here until the next change."""

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpRequest

from kernel import counters
from kernel.fragments import VERSION_KEY, content_version_with
from resources import services
from resources.models import Resource

_FOLDS = tuple(counters.folded_key(kind) for kind in services.COUNTED)


def resource(request: HttpRequest, pk: int) -> Resource:
    """The resource numbered `pk`; Http404 when there is none."""
    seconds = min(settings.FRAGMENT_CACHE_SECONDS, 300)
    # Where counts are not kept in Redis each view is written to the row,
    # which a kept copy would not show.
    keeping = seconds and counters.in_redis()
    versions = content_version_with(request, *_FOLDS) if keeping else None
    if versions is None:
        return _read(pk)
    key = f"resource-row:{pk}:" + ":".join(str(versions[k]) for k in (VERSION_KEY, *_FOLDS))
    row = cache.get(key)
    if row is None:
        row = _read(pk)
        cache.set(key, row, seconds)
    return row


def _read(pk: int) -> Resource:
    try:
        return Resource.objects.select_related("team", "document").get(pk=pk)
    except Resource.DoesNotExist:
        raise Http404("No such resource.") from None
