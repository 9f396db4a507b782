"""Whether an address someone pasted points at this site.

The same site answers on several addresses: its public one (`SITE_URL`), and
any host in `ALLOWED_HOSTS` on any port (`localhost:8000` under `make run`,
the machine's name on the office network). A link copied from any of them is
one of ours, recognised by its path; nothing is ever fetched to find out."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http.request import split_domain_port, validate_host

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
    site_host = urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").netloc
    if site_host and domain == split_domain_port(site_host.lower())[0]:
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
