"""Serving stored files to browsers."""

import re

from django.http import FileResponse, HttpRequest, HttpResponse, StreamingHttpResponse

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024
VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm", "ogv": "video/ogg", "mov": "video/mp4"}


def video_type(name: str) -> str:
    return VIDEO_TYPES.get(name.rsplit(".", 1)[-1].lower(), "")


def ranged_file_response(request: HttpRequest, field_file, content_type: str) -> HttpResponse:
    """Serve a file, or the byte range the browser asks for (RFC 9110 §14),
    which players need to seek."""
    size = field_file.size
    match = RANGE.match(request.headers.get("Range", "").strip())
    if not match:
        response = FileResponse(field_file.open("rb"), content_type=content_type)
        response["Accept-Ranges"] = "bytes"
        return response
    first, last = match.groups()
    if first:
        start, end = int(first), min(int(last) if last else size - 1, size - 1)
    elif last:  # a suffix range: the final N bytes
        start, end = max(size - int(last), 0), size - 1
    else:
        start, end = size, -1
    if start >= size or start > end:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    response = StreamingHttpResponse(
        _read_range(field_file, start, end), status=206, content_type=content_type
    )
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Length"] = str(end - start + 1)
    response["Accept-Ranges"] = "bytes"
    return response


def _read_range(field_file, start: int, end: int):
    with field_file.open("rb") as handle:
        handle.seek(start)
        remaining = end - start + 1
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
