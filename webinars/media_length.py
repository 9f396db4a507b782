"""How long a recording lasts, read from its container's header (WebM or
MP4) without decoding it or calling out to another program.

Only the header is read: WebM keeps its duration in the Segment's Info
element near the start; MP4 keeps it in the `mvhd` box inside `moov`, which
may sit after the media data, so MP4 boxes are skipped by seeking. A file
that is neither, or that states no duration, gives None."""

import struct
from typing import BinaryIO

EBML, SEGMENT, INFO, CLUSTER = 0x1A45DFA3, 0x18538067, 0x1549A966, 0x1F43B675
TIMECODE_SCALE, DURATION = 0x2AD7B1, 0x4489
HEADER_BYTES = 1 << 20  # WebM's Info comes long before this


def recording_seconds(handle: BinaryIO) -> float | None:
    start = handle.read(12)
    handle.seek(0)
    if start[:4] == b"\x1a\x45\xdf\xa3":
        return _webm_seconds(handle.read(HEADER_BYTES))
    if start[4:8] == b"ftyp":
        return _mp4_seconds(handle)
    return None


def _vint(data: bytes, at: int, keep_marker: bool) -> tuple[int, int]:
    first = data[at]
    length = 1
    while length <= 8 and not first & (0x80 >> (length - 1)):
        length += 1
    if length > 8 or at + length > len(data):
        raise ValueError("not EBML")
    value = first if keep_marker else first & (0xFF >> length)
    for byte in data[at + 1 : at + length]:
        value = (value << 8) | byte
    return value, at + length


def _webm_seconds(data: bytes) -> float | None:
    try:
        at = 0
        while at < len(data):
            element, at = _vint(data, at, keep_marker=True)
            size, at = _vint(data, at, keep_marker=False)
            if element == SEGMENT:
                continue  # step inside: its children follow
            if element == CLUSTER:
                return None  # the media has begun and no Info came first
            if element == INFO:
                return _info_seconds(data[at : at + size])
            at += size
    except (ValueError, IndexError, struct.error):
        return None
    return None


def _info_seconds(info: bytes) -> float | None:
    scale, duration, at = 1_000_000, None, 0
    while at < len(info):
        element, at = _vint(info, at, keep_marker=True)
        size, at = _vint(info, at, keep_marker=False)
        body = info[at : at + size]
        if element == TIMECODE_SCALE:
            scale = int.from_bytes(body, "big")
        elif element == DURATION:
            duration = struct.unpack(">f" if size == 4 else ">d", body)[0]
        at += size
    return duration * scale / 1e9 if duration else None


def _mp4_boxes(handle: BinaryIO, end: int | None):
    """Each box between here and `end` (None: the end of the file) as
    (type, where its body starts, where it ends)."""
    while end is None or handle.tell() + 8 <= end:
        here = handle.tell()
        header = handle.read(8)
        if len(header) < 8:
            return
        size, kind = struct.unpack(">I4s", header)
        body = here + 8
        if size == 1:
            size = struct.unpack(">Q", handle.read(8))[0]
            body += 8
        elif size == 0:
            handle.seek(0, 2)
            size = handle.tell() - here
        if size < body - here:
            return
        yield kind, body, here + size
        handle.seek(here + size)


def _mp4_seconds(handle: BinaryIO) -> float | None:
    try:
        for kind, body, end in _mp4_boxes(handle, None):
            if kind != b"moov":
                continue
            handle.seek(body)
            for inner, inner_body, _ in _mp4_boxes(handle, end):
                if inner != b"mvhd":
                    continue
                handle.seek(inner_body)
                version = handle.read(4)[0]
                if version == 1:
                    _, _, scale, duration = struct.unpack(">QQIQ", handle.read(28))
                else:
                    _, _, scale, duration = struct.unpack(">IIII", handle.read(16))
                return duration / scale if scale else None
    except (struct.error, IndexError, OSError):
        return None
    return None
