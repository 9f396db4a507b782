"""The server's heap, settled once the application is loaded.

A full garbage collection walks every object the process holds, and a
Django and Wagtail process holds hundreds of thousands from its modules
alone: on a team's chart page, one request in fifteen paid about 170 ms for
one. Frozen once the application is loaded (`gc.freeze`), those objects are
never walked again; a full collection walks only what requests made. Under
gunicorn's forking workers it also keeps the loaded modules' pages shared,
as collections no longer write to them."""

import gc

from django.urls import get_resolver


def settle() -> None:
    """Load every view now rather than on the first request, then freeze."""
    get_resolver().url_patterns  # noqa: B018 -- imports the URLconf and its views
    gc.collect()
    gc.freeze()
