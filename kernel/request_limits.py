"""Requests larger than anything they could carry are refused before their
body is read, and uploaded files are streamed to disk, never held in memory.

A member sending a 60 MB file to a form that accepts 50 MB learns so at once
(HTTP 413, a page or, under /api/, JSON) instead of the server first reading,
parsing and storing the whole body. The limit follows from the settings that
already bound each upload: the largest file that form takes (times the files
it takes at once) plus room for its other fields and the multipart framing.
A request that does not say its length cannot be larger than the 0 bytes
Django then reads; one that says less than it sends is cut at what it said.
"""

import functools
from collections.abc import Iterable

from django.conf import settings
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation import gettext

# The other fields of a form and the multipart framing around each part.
FORM_OVERHEAD_BYTES = 1024 * 1024

# Views whose form takes more than one file at once, by view name. The app
# that owns the form declares it from its AppConfig.ready() (the discussions:
# a message's attachments).
_files_at_once: dict[str, int] = {}


def accept_files(view_names: Iterable[str], count: int) -> None:
    """Declare that the forms of these views take up to `count` files in one
    request (every other form takes one)."""
    for name in view_names:
        _files_at_once[name] = count


def _max_files(view_name: str) -> int:
    return _files_at_once.get(view_name, 1)


def largest_file(request: HttpRequest) -> int:
    """The largest single file the view at this address accepts."""
    if _view_name(request.path_info) == "edit_profile":
        return settings.AVATAR_MAX_UPLOAD_BYTES
    return settings.RESOURCE_MAX_UPLOAD_BYTES


def largest_request(request: HttpRequest) -> int:
    return largest_request_to(request.path_info)


def largest_request_to(path: str) -> int:
    """The most bytes a request to this address can need."""
    name = _view_name(path)
    if name == "edit_profile":
        return settings.AVATAR_MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES
    if name.startswith(("resources:", "forums:")) or path.startswith("/api/"):
        return _max_files(name) * (settings.RESOURCE_MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES)
    # Anywhere else (the editors' admin included): the largest any form takes.
    most_files = max(_files_at_once.values(), default=1)
    return most_files * (settings.RESOURCE_MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES)


@functools.lru_cache(maxsize=1024)
def _view_name(path: str) -> str:
    try:
        return resolve(path).view_name or ""
    except Resolver404:
        return ""


def _declared_length(request: HttpRequest) -> int:
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


class RequestSizeLimitMiddleware:
    """Answer 413 from the declared Content-Length alone, before anything
    (CSRF's check of POST data included) reads the body."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        length = _declared_length(request)
        if length and length > largest_request(request):
            return too_large(request, length)
        return self.get_response(request)


def too_large(request: HttpRequest, length: int) -> HttpResponse:
    largest = largest_file(request)
    # The body is left unread: ask the client not to reuse the connection.
    if request.path_info.startswith("/api/"):
        # The API speaks English, whatever the language of the page that called it.
        with translation.override("en"):
            message = _too_large_message(length, largest)
        response = JsonResponse({"detail": message}, status=413)
    else:
        message = _too_large_message(length, largest)
        html = render_to_string("413.html", {"message": message}, request=request)
        response = HttpResponse(html, status=413)
    response["Connection"] = "close"
    return response


def _too_large_message(length: int, largest: int) -> str:
    return gettext(
        "This upload is %(size)s, more than this form accepts: files can be at most "
        "%(largest)s. Try saving a smaller copy, then upload it again."
    ) % {"size": filesizeformat(length), "largest": filesizeformat(largest)}


class LimitedTemporaryFileUploadHandler(TemporaryFileUploadHandler):
    """Every uploaded file goes to a temporary file on disk (none is kept in
    memory), and stops being written once it is larger than any file this
    address accepts: the rest is counted, not stored, and the file's `size`
    is the true one, so the upload checks refuse it and say how large it was."""

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.limit = largest_file(self.request) + 1 if self.request is not None else None
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        room = None if self.limit is None else max(self.limit - self.received, 0)
        self.received += len(raw_data)
        if room is None or room >= len(raw_data):
            self.file.write(raw_data)
        elif room:
            self.file.write(raw_data[:room])

    def file_complete(self, file_size):
        upload = super().file_complete(file_size)
        upload.size = self.received
        return upload


class RefuseOversizedBodies:
    """The same refusal for the ASGI server (`make run`, and daphne): there
    Django reads the whole body before any middleware runs, so a request
    declaring more than its address accepts is handed on with an empty body.
    The size middleware then answers 413 from the declared length, and what
    the client still sends is drained and dropped, never parsed or stored."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and _scope_length(scope) > largest_request_to(scope["path"]):
            receive = _without_body(receive)
        await self.app(scope, receive, send)


def _scope_length(scope) -> int:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return max(int(value), 0)
            except ValueError:
                return 0
    return 0


def _without_body(receive):
    answered = False

    async def empty_then_drain() -> dict:
        nonlocal answered
        if not answered:
            answered = True
            return {"type": "http.request", "body": b"", "more_body": False}
        while True:  # Django now only listens for the client going away
            message = await receive()
            if message["type"] != "http.request":
                return message

    return empty_then_drain
