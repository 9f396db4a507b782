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
        relative = f"{abs(change) / abs(baseline):.0%} " if baseline else ""
        words = f"{relative}{'lower' if change < 0 else 'higher'} than the baseline: " + (
            "an improvement" if improved else "a step back"
        )
    return {
        "baseline_pct": round(abs(baseline) / largest * 100, 1),
        "result_pct": round(abs(result) / largest * 100, 1),
        "direction": direction,
        "change_words": words,
    }
