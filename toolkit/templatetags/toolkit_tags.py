from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def figure(number: float) -> str:
    """12.0 → "12", 3.456 → "3.46", 14000 → "14,000"."""
    if number is None:
        return ""
    if float(number).is_integer():
        return f"{int(number):,}"
    return f"{number:,.2f}".rstrip("0").rstrip(".")


@register.filter
def unit_suffix(unit: str) -> str:
    unit = (unit or "").strip()
    return unit if unit in {"%", "‰"} or not unit else f" {unit}"


# Units whose figures are proportions already: a change between two of them
# is a difference in points, not a ratio ("41% to 90%" is 49 points higher,
# not "120% higher").
POINT_UNITS = {"%", "percent", "per cent", "percentage points", "points"}


def change_words(baseline: float, result: float, unit: str) -> str:
    """How far a result moved from its baseline, in the words a QI reader
    expects: percentage points for a measure in percent, the relative change
    for counts and rates. "" when nothing changed."""
    change = result - baseline
    if change == 0:
        return ""
    lower = change < 0
    unit = (unit or "").strip()
    if unit.lower() in POINT_UNITS:
        points = abs(change)
        shown = "%" if unit == "%" else ""
        values = {
            "points": figure(points),
            "baseline": f"{figure(baseline)}{shown}",
            "result": f"{figure(result)}{shown}",
        }
        # The plural form follows the figure shown: one point, 1.5 points.
        count = int(points) if float(points).is_integer() else 2
        if lower:
            return (
                ngettext(
                    "%(points)s percentage point lower than the baseline "
                    "(%(baseline)s → %(result)s)",
                    "%(points)s percentage points lower than the baseline "
                    "(%(baseline)s → %(result)s)",
                    count,
                )
                % values
            )
        return (
            ngettext(
                "%(points)s percentage point higher than the baseline (%(baseline)s → %(result)s)",
                "%(points)s percentage points higher than the baseline (%(baseline)s → %(result)s)",
                count,
            )
            % values
        )
    if not baseline:
        return _("lower than the baseline") if lower else _("higher than the baseline")
    relative = {"change": f"{abs(change) / abs(baseline):.0%}"}
    if lower:
        # Translators: a relative change, e.g. "25% lower than the baseline".
        return _("%(change)s lower than the baseline") % relative
    return _("%(change)s higher than the baseline") % relative


@register.simple_tag
def result_bars(value) -> dict:
    """Bar widths and plain words for a result block's baseline and result."""
    baseline, result = float(value["baseline"]), float(value["result"])
    largest = max(abs(baseline), abs(result)) or 1.0
    change = result - baseline
    lower_is_better = value.get("lower_is_better", True)
    if change == 0:
        direction, words = "unchanged", _("no change")
    else:
        improved = (change < 0) == lower_is_better
        direction = "improved" if improved else "worsened"
        moved = {"change": change_words(baseline, result, value.get("unit", ""))}
        if improved:
            # Translators: e.g. "25% lower than the baseline: an improvement".
            words = _("%(change)s: an improvement") % moved
        else:
            words = _("%(change)s: a step back") % moved
    return {
        "baseline_pct": round(abs(baseline) / largest * 100, 1),
        "result_pct": round(abs(result) / largest * 100, 1),
        "direction": direction,
        "change_words": words,
    }
