"""Absolute addresses on the site's public address, for what is read away
from the request that made it: emails, and calendar files that a calendar
server fetches and keeps.

The public address is `SITE_URL` (the setting `WAGTAILADMIN_BASE_URL`).
Neither Wagtail's Site record (often `localhost:80`, whatever the site is
really called) nor the request's Host header is: a link built from either
points nowhere once it leaves this machine."""

from typing import Any

from django.conf import settings


def site_url(path: str = "") -> str:
    """`path` (starting with "/") on the site's public address."""
    return str(settings.WAGTAILADMIN_BASE_URL).rstrip("/") + path


def site_host() -> str:
    """The public address's host (and port, if it has one): what names the
    site inside identifiers such as a calendar event's UID."""
    return str(settings.WAGTAILADMIN_BASE_URL).split("//", 1)[-1].split("/", 1)[0]


def page_url(page: Any) -> str:
    """A Wagtail page's address on the public address: its path under its
    site's root, without the Site record's host and port."""
    parts = page.get_url_parts()
    if parts is None:  # not routable: no site holds it
        return site_url("/")
    path: str = parts[2]
    return site_url(path)
