"""The points of a chart as SVG circles, built in Python: a page of a
stratified measure draws a dozen charts of sixty points, and the template
language spent most of the page's time on their loops and conditions."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from measures.charts import Mark

register = template.Library()


def _circle(mark: Mark) -> tuple[str, float, float, str, str]:
    classes = "spc-chart__point"
    notes = ""
    if mark.signal:
        classes += " spc-chart__point--signal"
        notes += " (signal)"
    if mark.corrected:
        classes += " spc-chart__point--corrected"
        notes += " (corrected after review)"
    radius = "5" if mark.signal else "3.5"
    return classes, mark.x, mark.y, radius, format_html("{}: {}{}", mark.label, mark.value, notes)


@register.simple_tag
def chart_points(marks: list[Mark]) -> SafeString:
    return format_html_join(
        "\n",
        '<circle class="{}" cx="{}" cy="{}" r="{}"><title>{}</title></circle>',
        (_circle(mark) for mark in marks),
    )
