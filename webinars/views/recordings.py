"""The recording: page context, captions, the video file with byte ranges
(so the player can jump to any minute), and the engagement beacons."""

import logging
from dataclasses import dataclass, replace
from math import isfinite
from time import time

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.urls import reverse
from django.utils.translation import get_language

from kernel.facets import whole_number
from kernel.files import ranged_file_response, video_type
from kernel.page_policy import visible
from resources.citations import cited_resources
from webinars import moments, permissions, services
from webinars.calendar import feed_token
from webinars.captions import CaptionError, Cue, read_captions_file, to_webvtt
from webinars.models import Registration, WebinarEngagement, WebinarIndexPage, WebinarPage
from webinars.models.recordings import CAPTION_LANGUAGES, RECORDING_LANGUAGE, caption_label

logger = logging.getLogger(__name__)


def requested_second(request: HttpRequest) -> int:
    return whole_number(request.GET.get("t"), high=24 * 3600) or 0


@dataclass(frozen=True)
class Track:
    """A `<track>` of the player: captions in one language."""

    language: str
    label: str
    url: str
    default: bool = False


def caption_tracks(request: HttpRequest, webinar: WebinarPage, has_own: bool) -> list[Track]:
    """The recording's own captions (when it has them) then one track per
    other language, labelled in the interface's language. The player starts
    with the track in the reader's language, else the recording's own."""
    base = webinar.get_url(request) if webinar.pk else None
    if base is None:
        return []  # an unsaved page's tracks have no address yet
    tracks: list[Track] = []
    if has_own:
        own = base + webinar.reverse_subpage("captions")
        tracks.append(Track(RECORDING_LANGUAGE, caption_label(RECORDING_LANGUAGE), own))
    for row in webinar.caption_tracks.all():
        if row.language in CAPTION_LANGUAGES:
            url = base + webinar.reverse_subpage("caption_track", args=[row.language])
            tracks.append(Track(row.language, row.label, url))
    reading = get_language()
    chosen = next((t for t in tracks if t.language == reading), None)
    chosen = chosen or next((t for t in tracks if t.language == RECORDING_LANGUAGE), None)
    return [replace(t, default=t is chosen) for t in tracks]


def webinar_context(request: HttpRequest, webinar: WebinarPage) -> dict:
    user = request.user
    start = requested_second(request)
    segments = list(webinar.transcript_segments.all()) if webinar.pk else []
    # Moment links carry whole seconds: the current line is the last that
    # starts at or before the second asked for.
    current = None
    if start:
        current = next((s for s in reversed(segments) if s.second <= start), None)
    registration = None
    if user.is_authenticated and webinar.pk:
        registration = (
            permissions.registrations.view_objects(user)
            .filter(webinar=webinar, user=user, cancelled_at__isnull=True)
            .first()
        )
    _count_view_once(request, webinar)
    context = {
        "presenters": _presenter_links(webinar),
        "change_ideas": visible(webinar.change_ideas),
        "resources": cited_resources(webinar.resource_citations, user),
        "cited_in": moments.cited_in(webinar, user) if webinar.pk else [],
        "state": webinar.current_state,
        "start_second": start,
        "segments": segments,
        "current_segment": current,
        "chapters": webinar.chapters.all(),
        "caption_tracks": caption_tracks(request, webinar, has_own=bool(segments)),
        "recording_language": RECORDING_LANGUAGE,
        "registration": registration,
        "can_register": permissions.can_register(user, webinar),
        "reminder_choices": Registration.Reminders.choices,
        # Only for those the policy lets see it; nobody else's page holds it.
        "join_url": webinar.join_url
        if permissions.can_see_join_link(user, webinar, registered=registration is not None)
        else "",
        "video_url": _video_url(webinar),
        "video_type": _video_type(webinar),
    }
    if user.is_authenticated:
        context["personal_calendar_url"] = request.build_absolute_uri(
            reverse("personal_webinar_calendar", args=[feed_token(user)])
        )
    if webinar.pk and permissions.can_see_registrations(user, webinar):
        context["registrations"] = (
            permissions.registrations.view_objects(user)
            .filter(webinar=webinar, cancelled_at__isnull=True)
            .select_related("user__profile")
            .order_by("registered_at")
        )
    if permissions.can_see_engagement(user, webinar):
        context["show_engagement"] = True
        context["engagement"] = WebinarEngagement.objects.filter(webinar=webinar).first()
    return context


def _presenter_links(webinar: WebinarPage) -> list[tuple]:
    """(person, page address) for each presenter, finding the archive once
    rather than once per presenter."""
    people = list(webinar.presenters.all())
    index = WebinarIndexPage.objects.ancestor_of(webinar).first() if webinar.pk else None
    if index is None:
        return [(person, person.get_absolute_url()) for person in people]
    return [(p, index.url + index.reverse_subpage("presenter", args=[p.slug])) for p in people]


def _video_url(webinar: WebinarPage) -> str:
    if webinar.video_file_id and webinar.pk:
        return webinar.url + webinar.reverse_subpage("recording")
    return webinar.video_url


def _video_type(webinar: WebinarPage) -> str:
    name = webinar.video_file.file.name if webinar.video_file_id else webinar.video_url
    return video_type(name)


def _count_view_once(request: HttpRequest, webinar: WebinarPage) -> None:
    key = f"webinar-viewed-{webinar.pk}"
    if getattr(request, "is_preview", False) or not webinar.pk:
        return
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


def caption_track_file(request: HttpRequest, webinar: WebinarPage, language: str) -> HttpResponse:
    """The captions in another language as WebVTT, whatever format they were
    uploaded in: read from the published track's file."""
    track = (
        webinar.caption_tracks.filter(language=language).select_related("captions").first()
        if language in CAPTION_LANGUAGES
        else None
    )
    if track is None:
        raise Http404("This webinar has no captions in that language.")
    try:
        cues = read_captions_file(track.captions)
    except (CaptionError, UnicodeDecodeError, OSError) as error:
        # The form read it when the page was saved; a document replaced since
        # can still be broken. The player then offers no captions in it.
        logger.warning("Captions %s of %s not served: %s", language, webinar, error)
        raise Http404("These captions cannot be read.") from error
    return HttpResponse(to_webvtt(cues), content_type="text/vtt; charset=utf-8")


def recording_file(request: HttpRequest, webinar: WebinarPage) -> HttpResponse:
    if not webinar.video_file_id:
        raise Http404("This webinar has no uploaded recording.")
    return ranged_file_response(request, webinar.video_file.file, _video_type(webinar))


def record_progress(request: HttpRequest, webinar: WebinarPage) -> HttpResponse:
    """A beacon from the player: `event` is play, 25, 50, 75 or 100, a
    milestone with the seconds actually `played` and the recording's
    `length`. Counted once per visit and milestone, and only when the
    played time supports it; nothing about the viewer is stored."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    event = request.POST.get("event", "")
    if event not in services.MILESTONES:
        return HttpResponse("Unknown event.", status=400)
    if not webinar.has_recording:
        raise PermissionDenied("This webinar has no recording.")
    played_since = f"webinar-{webinar.pk}-played-since"
    if event != "play":
        played, length = _seconds(request.POST.get("played")), _seconds(request.POST.get("length"))
        if played is None or length is None:
            return HttpResponse("Say how many seconds were played, and the length.", status=400)
        since = request.session.get(played_since)
        try:
            services.check_watched(event, played, length, None if since is None else time() - since)
        except ValidationError as error:
            return HttpResponse(error.messages[0], status=400)
    key = f"webinar-{webinar.pk}-{event}"
    if not request.session.get(key):
        services.count_engagement(webinar, event)
        request.session[key] = True
        if event == "play":
            request.session[played_since] = time()
    return HttpResponse(status=204)


def _seconds(raw: str | None) -> float | None:
    """A number of seconds, as a player reports it: finite and not negative."""
    try:
        value = float(raw or "")
    except ValueError:
        return None
    return value if isfinite(value) and value >= 0 else None
