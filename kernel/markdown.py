"""Markdown that members write, rendered and then sanitised with nh3 (the
Rust ammonia sanitiser): whatever the input, only harmless HTML comes out."""

import re

import markdown as markdown_lib
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h3",
    "h4",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
HEADING_TAGS = {"h3", "h4"}
ATX_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)", re.MULTILINE)


def render_markdown(text: str, *, headings: bool = True) -> SafeString:
    """Markdown to sanitised HTML. Raw HTML in the input is escaped, links
    keep only http(s) and mailto, and links leaving the site open no opener.
    Without headings, a line starting with # stays a line of text."""
    if not headings:
        text = ATX_HEADING.sub(r"\1\\\2", text or "")
    html = markdown_lib.markdown(
        text or "", extensions=["sane_lists", "tables", "fenced_code"], output_format="html"
    )
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS if headings else ALLOWED_TAGS - HEADING_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
    return mark_safe(clean)  # noqa: S308  (sanitised just above)
