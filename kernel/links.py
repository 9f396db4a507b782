"""Absolute addresses on the site's public address, for what is read away
from the request that made it: emails, and calendar files that a calendar
server fetches and keeps.

The public address is `SITE_URL` (the setting `WAGTAILADMIN_BASE_URL`).
Neither Wagtail's Site record (often `localhost:80`, whatever the site is
really called) nor the request's Host header is: a link built from either
points nowhere once it leaves this machine.

The other way round, the same site answers on several addresses: its public
one, and any host in `ALLOWED_HOSTS` on any port (`localhost:8000` under
`make run`, the machine's name on the office network). A link someone pasted
from any of them is one of ours, recognised by its path (`own_path`);
nothing is ever fetched to find out."""

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.http.request import split_domain_port, validate_host


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


WEB_SCHEMES = ("http", "https")


def allowed_hosts() -> list[str]:
    """`ALLOWED_HOSTS` as Django reads it (while debugging with none set,
    Django's own local defaults)."""
    hosts = list(settings.ALLOWED_HOSTS)
    if settings.DEBUG and not hosts:
        hosts = [".localhost", "127.0.0.1", "[::1]"]
    return hosts


def is_own_host(netloc: str) -> bool:
    """Whether `host[:port]` (user info ignored) is one of the site's: its
    host is SITE_URL's or one `ALLOWED_HOSTS` names, with Django's patterns
    (`.example.org` for its subdomains). A bare `*` accepts requests for any
    host but names none of ours: taken here, every link on the web to a
    `/resources/12/` of its own would turn into a card of our resource 12."""
    domain, _port = split_domain_port(netloc.rsplit("@", 1)[-1].lower())
    if not domain:
        return False
    public = site_host()
    if public and domain == split_domain_port(public.lower())[0]:
        return True
    return validate_host(domain, [host for host in allowed_hosts() if host != "*"])


def own_path(url: str) -> str | None:
    """The path of a link to this site (a relative one, or a full address on
    one of its hosts), or None for a link elsewhere or one that is not a
    web address."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # a malformed IPv6 host
        return None
    if parts.scheme and parts.scheme.lower() not in WEB_SCHEMES:
        return None
    if (parts.scheme or parts.netloc) and not is_own_host(parts.netloc):
        return None
    return parts.path if parts.path.startswith("/") else None
