"""The recording: page context, captions, the video file with byte ranges
(so the player can jump to any minute), and the engagement beacons."""

import re

from django.core.exceptions import PermissionDenied
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseNotAllowed,
    StreamingHttpResponse,
)
from django.urls import reverse

from webinars import permissions, services
from webinars.calendar import feed_token
from webinars.captions import Cue, to_webvtt
from webinars.models import Registration, WebinarEngagement, WebinarPage

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024
VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm", "ogv": "video/ogg", "mov": "video/mp4"}


def requested_second(request: HttpRequest) -> int:
    value = request.GET.get("t", "")
    return int(value) if value.isdigit() else 0


def webinar_context(request: HttpRequest, webinar: WebinarPage) -> dict:
    user = request.user
    start = requested_second(request)
    segments = list(webinar.transcript_segments.all())
    current = next((s for s in segments if s.start <= start < s.end), None) if start else None
    registration = None
    if user.is_authenticated:
        registration = Registration.objects.filter(
            webinar=webinar, user=user, cancelled_at__isnull=True
        ).first()
    _count_view_once(request, webinar)
    context = {
        "state": webinar.current_state,
        "start_second": start,
        "segments": segments,
        "current_segment": current,
        "chapters": webinar.chapters.all(),
        "registration": registration,
        "can_register": permissions.can_register(user, webinar),
        "video_url": _video_url(webinar),
        "video_type": _video_type(webinar),
    }
    if user.is_authenticated:
        context["personal_calendar_url"] = request.build_absolute_uri(
            reverse("personal_webinar_calendar", args=[feed_token(user)])
        )
    if permissions.can_see_registrations(user, webinar):
        context["registrations"] = (
            webinar.registrations.filter(cancelled_at__isnull=True)
            .select_related("user__profile")
            .order_by("registered_at")
        )
    if permissions.can_see_engagement(user, webinar):
        context["show_engagement"] = True
        context["engagement"] = WebinarEngagement.objects.filter(webinar=webinar).first()
    return context


def _video_url(webinar: WebinarPage) -> str:
    if webinar.video_file_id:
        return webinar.url + webinar.reverse_subpage("recording")
    return webinar.video_url


def _video_type(webinar: WebinarPage) -> str:
    name = webinar.video_file.file.name if webinar.video_file_id else webinar.video_url
    return VIDEO_TYPES.get(name.rsplit(".", 1)[-1].lower(), "")


def _count_view_once(request: HttpRequest, webinar: WebinarPage) -> None:
    key = f"webinar-viewed-{webinar.pk}"
    if request.method == "GET" and not request.session.get(key):
        services.count_engagement(webinar, "view")
        request.session[key] = True


def captions_file(request: HttpRequest, webinar: WebinarPage) -> HttpResponse:
    """The transcript as WebVTT for the player's captions track, whatever
    format the captions were uploaded in."""
    cues = [Cue(s.start, s.end, s.text) for s in webinar.transcript_segments.all()]
    if not cues:
        raise Http404("This webinar has no captions.")
    return HttpResponse(to_webvtt(cues), content_type="text/vtt; charset=utf-8")


def recording_file(request: HttpRequest, webinar: WebinarPage) -> HttpResponse:
    if not webinar.video_file_id:
        raise Http404("This webinar has no uploaded recording.")
    return ranged_file_response(request, webinar.video_file.file, _video_type(webinar))


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


def record_progress(request: HttpRequest, webinar: WebinarPage) -> HttpResponse:
    """A beacon from the player: `event` is play, 25, 50, 75 or 100. Counted
    once per visit and milestone; nothing about the viewer is stored."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    event = request.POST.get("event", "")
    if event not in services.MILESTONES:
        return HttpResponse("Unknown event.", status=400)
    if not webinar.has_recording:
        raise PermissionDenied("This webinar has no recording.")
    key = f"webinar-{webinar.pk}-{event}"
    if not request.session.get(key):
        services.count_engagement(webinar, event)
        request.session[key] = True
    return HttpResponse(status=204)
