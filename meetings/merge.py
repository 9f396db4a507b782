"""Two members editing a meeting's notes at once: each save names the
version it started from; a save from an older version is merged, line by
line, with what was saved since, so neither loses the other's words.

Edits to different lines merge. Two members adding lines at the same place
(both writing at the end, the usual case) keep both, the earlier save's
first. Only edits that change the same lines differently cannot merge: then
nothing is saved and the writer sees both versions."""

from difflib import SequenceMatcher

Change = tuple[int, int, list[str]]  # replace base[start:end] with these lines


def _changes(base: list[str], edited: list[str]) -> list[Change]:
    matcher = SequenceMatcher(None, base, edited, autojunk=False)
    return [
        (i1, i2, edited[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def _clash(a: Change, b: Change) -> bool:
    (a1, a2, _), (b1, b2, _) = a, b
    if a1 == a2 or b1 == b2:  # an insertion clashes only inside the other's range
        point, (start, end) = (a1, (b1, b2)) if a1 == a2 else (b1, (a1, a2))
        return start < point < end
    return max(a1, b1) < min(a2, b2)


def merge(base: str, theirs: str, mine: str) -> str | None:
    """`mine` and `theirs` both edited from `base`: the text with both edits,
    or None when they change the same lines."""
    if mine in (base, theirs):
        return theirs
    if theirs == base:
        return mine
    lines = base.splitlines()
    their_changes = _changes(lines, theirs.splitlines())
    my_changes = _changes(lines, mine.splitlines())
    if any(_clash(a, b) for a in their_changes for b in my_changes):
        return None
    # Applied from the end so earlier offsets hold. At one starting line an
    # insertion goes before a replacement (applied after it, so it is not
    # overwritten), and where both insert, theirs goes first.
    ordered = sorted(
        [(c[0], c[1], 0, c) for c in their_changes] + [(c[0], c[1], 1, c) for c in my_changes],
        key=lambda item: item[:3],
    )
    merged = list(lines)
    for *_order, (start, end, replacement) in reversed(ordered):
        merged[start:end] = replacement
    return "\n".join(merged)
