"""Caption and transcript files: WebVTT and SRT in, time-coded cues out.

Forgiving where players are forgiving (a byte-order mark, Windows line
endings, hours left out, overlapping cues, a missing blank line before the
next timing line), and strict where a file is broken: every error names the
line it was found on."""

import html
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

TIMING = re.compile(r"^\s*(?P<start>[\d:.,]+)\s+-->\s+(?P<end>[\d:.,]+)(?P<settings>\s+.*)?$")
TIMESTAMP = re.compile(r"^(?:(?P<h>\d+):)?(?P<m>\d{1,2}):(?P<s>\d{2})[.,](?P<ms>\d{1,3})$")
TAG = re.compile(r"<[^>]+>")
PASTED_LINE = re.compile(r"^\s*\[?(?P<time>(?:\d+:)?\d{1,2}:\d{2})\]?\s*[-–—]?\s*(?P<text>.+)$")


class CaptionError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(_("Line %(line)s: %(message)s") % {"line": line, "message": message})
        self.line = line


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


def _seconds(stamp: str, line: int) -> float:
    match = TIMESTAMP.match(stamp.strip())
    if not match:
        raise CaptionError(
            line, _("“%(stamp)s” is not a time like 00:01:02.500 or 01:02.500.") % {"stamp": stamp}
        )
    hours = int(match["h"] or 0)
    minutes, seconds = int(match["m"]), int(match["s"])
    if minutes > 59 or seconds > 59:
        raise CaptionError(
            line, _("“%(stamp)s” has minutes or seconds above 59.") % {"stamp": stamp}
        )
    return hours * 3600 + minutes * 60 + seconds + int(match["ms"].ljust(3, "0")) / 1000


def _lines(text: str) -> list[str]:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _cues_from(lines: list[str], first: int) -> list[Cue]:
    """Cues from the lines after a header. A cue is an optional identifier,
    a timing line, then text up to a blank line or the next timing line."""
    cues: list[Cue] = []
    index = first
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        if line.startswith(("NOTE", "STYLE", "REGION")):
            index = _skip_block(lines, index)
            continue
        timing = TIMING.match(line)
        if timing is None and index + 1 < len(lines) and TIMING.match(lines[index + 1]):
            index += 1  # a cue identifier (SRT's counter, or a WebVTT id)
            timing = TIMING.match(lines[index])
        if timing is None:
            raise CaptionError(
                index + 1, _("expected a timing line such as 00:01.000 --> 00:04.000.")
            )
        start, end = _seconds(timing["start"], index + 1), _seconds(timing["end"], index + 1)
        if end <= start:
            raise CaptionError(index + 1, _("the cue ends before it starts."))
        index += 1
        text_lines = []
        while index < len(lines) and lines[index].strip() and not TIMING.match(lines[index]):
            text_lines.append(lines[index].strip())
            index += 1
        # No blank line before the next timing line: a bare number just above
        # it is that cue's counter, not this cue's text.
        next_is_timing = index < len(lines) and TIMING.match(lines[index])
        if next_is_timing and len(text_lines) > 1 and text_lines[-1].isdigit():
            text_lines.pop()
        text = html.unescape(TAG.sub("", " ".join(text_lines))).strip()
        if not text:
            raise CaptionError(index + 1, _("a cue has no text."))
        cues.append(Cue(start, end, text))
    return sorted(cues, key=lambda cue: (cue.start, cue.end))


def _skip_block(lines: list[str], index: int) -> int:
    while index < len(lines) and lines[index].strip():
        index += 1
    return index


def parse_webvtt(text: str) -> list[Cue]:
    lines = _lines(text)
    if not lines or not re.match(r"^WEBVTT(\s|$)", lines[0]):
        raise CaptionError(1, _("a WebVTT file must start with “WEBVTT”."))
    index = 1
    while index < len(lines) and lines[index].strip():  # header metadata
        if TIMING.match(lines[index]):
            break
        index += 1
    return _cues_from(lines, index)


def parse_srt(text: str) -> list[Cue]:
    return _cues_from(_lines(text), 0)


def parse_captions(text: str) -> list[Cue]:
    """WebVTT or SRT: SRT starts with a cue number or a timing line; anything
    else is read as WebVTT, which must start with its header."""
    stripped = text.lstrip("\ufeff").strip()
    if not stripped:
        raise CaptionError(1, _("the file is empty."))
    first = stripped.split("\n", 1)[0].strip()
    looks_like_srt = first.isdigit() or TIMING.match(first)
    cues = parse_srt(text) if looks_like_srt else parse_webvtt(text)
    if not cues:
        raise CaptionError(1, _("the file holds no cues."))
    return cues


def read_captions_file(document) -> list[Cue]:
    """The cues of a stored captions file (a Wagtail document), WebVTT or SRT
    in UTF-8: CaptionError or UnicodeDecodeError when it is broken."""
    with document.open_file() as handle:
        return parse_captions(handle.read().decode("utf-8-sig"))


def parse_pasted_transcript(text: str) -> list[Cue]:
    """A pasted transcript: WebVTT or SRT, or one line per segment starting
    with its time, e.g. “12:34 We began with one unit.” Each segment lasts
    until the next one starts."""
    stripped = text.lstrip("\ufeff").strip()
    if stripped.startswith("WEBVTT") or "-->" in stripped:
        return parse_captions(text)
    starts: list[tuple[float, str]] = []
    for number, line in enumerate(_lines(text), start=1):
        if not line.strip():
            continue
        match = PASTED_LINE.match(line)
        if match is None:
            raise CaptionError(number, _("start the line with its time, e.g. “12:34 Text”."))
        starts.append((_seconds(match["time"] + ".000", number), match["text"].strip()))
    if not starts:
        raise CaptionError(1, _("the transcript is empty."))
    starts.sort(key=lambda item: item[0])
    ends = [start for start, _ in starts[1:]] + [starts[-1][0] + 10.0]
    return [Cue(start, end, text) for (start, text), end in zip(starts, ends, strict=True)]


def format_timestamp(seconds: float, *, always_hours: bool = True) -> str:
    """Seconds as a WebVTT timestamp, e.g. 754.5 → 00:12:34.500."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    text = f"{minutes:02d}:{secs:02d}.{millis:03d}"
    return f"{hours:02d}:{text}" if always_hours or hours else text


def to_webvtt(cues: list[Cue]) -> str:
    blocks = ["WEBVTT", ""]
    for cue in cues:
        text = cue.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        blocks += [f"{format_timestamp(cue.start)} --> {format_timestamp(cue.end)}", text, ""]
    return "\n".join(blocks)


MOMENT = re.compile(r"^(?:(?:(?P<h>\d+):)?(?P<m>\d{1,2}):(?P<s>\d{2})|(?P<n>\d+))$")


def parse_moment(text: str) -> int:
    """A moment as people write it, in seconds: "12:34" → 754, "1:02:03" →
    3723, "754" → 754. ValueError, saying why, for anything else."""
    match = MOMENT.match(text.strip())
    if match is None:
        raise ValueError(
            _("“%(text)s” is not a moment: write 12:34, 1:02:03 or a number of seconds.")
            % {"text": text}
        )
    if match["n"] is not None:
        return int(match["n"])
    hours, minutes, seconds = int(match["h"] or 0), int(match["m"]), int(match["s"])
    if (match["h"] is not None and minutes > 59) or seconds > 59:
        raise ValueError(_("“%(text)s” has minutes or seconds above 59.") % {"text": text})
    return hours * 3600 + minutes * 60 + seconds


def clock(seconds: float) -> str:
    """How people say a moment: 754 → "12:34", 3754 → "1:02:34"."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
