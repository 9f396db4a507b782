from django import template

from community.context_processors import section_url

register = template.Library()


@register.simple_tag(takes_context=True)
def section(context, target: str) -> str | None:
    """The address of a section (a URL name, or `page:app.Model` for the one
    live page of that type), or None while it does not exist."""
    return section_url(target, context["request"])
