"""Which pages may open the site's websockets: the full origin (scheme, host
and port) must be one of the site's own addresses.

Channels' `AllowedHostsOriginValidator` compares host names only, so a page
served on another port of an allowed host (another app on the same machine,
a development server left running) could open a socket carrying the
member's cookie. Here an origin is accepted when it is:

- the site's public address, `SITE_URL` (the setting `WAGTAILADMIN_BASE_URL`);
- one of `CSRF_TRUSTED_ORIGINS` (`https://*.example.org` matches its
  subdomains on that scheme and port, as Django's CSRF check does);
- the address the request itself was made to (same origin): the Origin's
  host and port equal the websocket request's `Host` header, that host is
  in `ALLOWED_HOSTS`, and the schemes agree (http with ws, https with wss;
  a proxy's `SECURE_PROXY_SSL_HEADER` counts, as it does for Django).

Anything else, a missing Origin or `null` included, is refused the way
Channels refuses: closed during the handshake (a 403 to the browser)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http.request import is_same_domain, split_domain_port, validate_host

from kernel.links import allowed_hosts

DEFAULT_PORTS = {"http": 80, "https": 443}
PAGE_SCHEME = {"ws": "http", "wss": "https"}

Origin = tuple[str, str, int]  # scheme, host (lower case, IPv6 in brackets), port


def parse_origin(text: str, *, strict: bool = True) -> Origin | None:
    """`scheme://host[:port]` as a comparable triple, the default port filled
    in. Strict (an Origin header): no path, query, user or fragment. Not
    strict (a configured address such as SITE_URL): any path is ignored."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.netloc or "@" in parts.netloc:
        return None
    if strict and (parts.path or parts.query or parts.fragment):
        return None
    host, port = split_domain_port(parts.netloc)
    if not host:
        return None
    if not port:
        return scheme, host, DEFAULT_PORTS[scheme]
    return (scheme, host, int(port)) if port.isdigit() else None


def _header(scope: dict, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            try:
                return value.decode("latin1")
            except UnicodeDecodeError:  # pragma: no cover (latin1 decodes any byte)
                return None
    return None


def request_origin(scope: dict) -> Origin | None:
    """The page origin that matches the websocket request itself: its Host
    header, with http for ws and https for wss."""
    host_header = _header(scope, b"host")
    if not host_header:
        return None
    scheme = PAGE_SCHEME.get(scope.get("scheme", "ws"), "http")
    proxy_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if proxy_header:
        name, secure_value = proxy_header
        # HTTP_X_FORWARDED_PROTO -> x-forwarded-proto, as the header is sent.
        header_name = name.removeprefix("HTTP_").replace("_", "-").lower().encode()
        forwarded = _header(scope, header_name)
        if forwarded is not None and forwarded.split(",", 1)[0].strip() == secure_value:
            scheme = "https"
    host, port = split_domain_port(host_header)
    if not host or not validate_host(host, allowed_hosts()):
        return None
    if not port:
        return scheme, host, DEFAULT_PORTS[scheme]
    return (scheme, host, int(port)) if port.isdigit() else None


def site_origins() -> tuple[set[Origin], list[Origin]]:
    """The configured origins: exact ones, and subdomain patterns (host with
    a leading dot) from `CSRF_TRUSTED_ORIGINS` entries such as
    `https://*.example.org`."""
    exact: set[Origin] = set()
    patterns: list[Origin] = []
    site_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    if origin := parse_origin(site_url, strict=False):
        exact.add(origin)
    for entry in getattr(settings, "CSRF_TRUSTED_ORIGINS", []):
        if "://*." in entry:
            origin = parse_origin(entry.replace("://*.", "://", 1), strict=False)
            if origin:
                patterns.append((origin[0], "." + origin[1], origin[2]))
        elif origin := parse_origin(entry, strict=False):
            exact.add(origin)
    return exact, patterns


def origin_allowed(scope: dict) -> bool:
    header = _header(scope, b"origin")
    origin = parse_origin(header) if header else None
    if origin is None:
        return False
    if origin == request_origin(scope):
        return True
    exact, patterns = site_origins()
    if origin in exact:
        return True
    scheme, host, port = origin
    return any(
        scheme == p_scheme and port == p_port and is_same_domain(host, p_host)
        for p_scheme, p_host, p_port in patterns
    )


class SiteOriginValidator:
    """ASGI middleware for websockets: pass on only connections whose Origin
    is one of the site's own (see the module's docstring)."""

    def __init__(self, application) -> None:
        self.application = application

    async def __call__(self, scope: dict, receive, send) -> None:
        if scope["type"] != "websocket":
            raise ValueError("SiteOriginValidator only guards websocket connections.")
        if origin_allowed(scope):
            return await self.application(scope, receive, send)
        await _deny(receive, send)


async def _deny(receive, send) -> None:
    """Close during the handshake (the server answers 403), then end: unlike
    Channels' WebsocketDenier, no consumer is made, so nothing stays
    listening on the channel layer for a connection that never opened."""
    message = await receive()
    if message["type"] == "websocket.connect":
        await send({"type": "websocket.close"})
