from django import template

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
    way = "lower" if change < 0 else "higher"
    unit = (unit or "").strip()
    if unit.lower() in POINT_UNITS:
        points = abs(change)
        noun = "percentage point" if points == 1 else "percentage points"
        shown = "%" if unit == "%" else ""
        return (
            f"{figure(points)} {noun} {way} than the baseline "
            f"({figure(baseline)}{shown} → {figure(result)}{shown})"
        )
    if not baseline:
        return f"{way} than the baseline"
    return f"{abs(change) / abs(baseline):.0%} {way} than the baseline"


@register.simple_tag
def result_bars(value) -> dict:
    """Bar widths and plain words for a result block's baseline and result."""
    baseline, result = float(value["baseline"]), float(value["result"])
    largest = max(abs(baseline), abs(result)) or 1.0
    change = result - baseline
    lower_is_better = value.get("lower_is_better", True)
    if change == 0:
        direction, words = "unchanged", "no change"
    else:
        improved = (change < 0) == lower_is_better
        direction = "improved" if improved else "worsened"
        words = change_words(baseline, result, value.get("unit", "")) + (
            ": an improvement" if improved else ": a step back"
        )
    return {
        "baseline_pct": round(abs(baseline) / largest * 100, 1),
        "result_pct": round(abs(result) / largest * 100, 1),
        "direction": direction,
        "change_words": words,
    }
