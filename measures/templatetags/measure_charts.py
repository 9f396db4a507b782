"""The points of a chart as SVG circles, built in Python: a page of a
stratified measure draws a dozen charts of sixty points, and the template
language spent most of the page's time on their loops and conditions."""

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from measures.charts import Mark

register = template.Library()


def _circle(mark: Mark) -> str:
    classes, notes = "spc-chart__point", ""
    if mark.signal:
        classes += " spc-chart__point--signal"
        notes += " " + _("(signal)")
    if mark.corrected:
        classes += " spc-chart__point--corrected"
        notes += " " + _("(corrected after review)")
    radius = "5" if mark.signal else "3.5"
    # The label, value and notes are text (the notes translated); the rest are numbers.
    return (
        f'<circle class="{classes}" cx="{float(mark.x)}" cy="{float(mark.y)}" r="{radius}">'
        f"<title>{escape(mark.label)}: {escape(mark.value)}{escape(notes)}</title></circle>"
    )


@register.simple_tag
def chart_points(marks: list[Mark]) -> SafeString:
    return mark_safe("\n".join(_circle(mark) for mark in marks))  # noqa: S308
