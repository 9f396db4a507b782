"""The team's meetings as a calendar feed: calendar apps cannot sign in, so
the address carries the member's calendar key (the one of their webinar
feed; renewing it closes both). The meetings policy is asked for the key's
owner at every fetch: someone who left the team gets an empty feed."""

from datetime import UTC, timedelta

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Event

from community.models import Team
from meetings import permissions
from meetings.models import Meeting
from webinars.calendar import new_calendar, user_for_feed_token


def team_feed(request: HttpRequest, team: str, token: str) -> HttpResponse:
    seen = get_object_or_404(Team, slug=team)
    person = user_for_feed_token(token)
    if person is None:
        raise Http404("This calendar link is not valid any more.")
    meetings = (
        permissions.meetings.view_objects(person)
        .filter(team=seen, starts_at__gte=timezone.now() - timedelta(days=30))
        .select_related("facilitator__profile", "note_taker__profile", "team")
        .prefetch_related("agenda")
    )
    # Translators: the name of a team's calendar feed.
    calendar = new_calendar(_("%(team)s meetings") % {"team": seen.name}, product="Team meetings")
    for meeting in meetings:
        calendar.add_component(_event(meeting))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{seen.slug}-meetings.ics"'
    return response


def _event(meeting: Meeting) -> Event:
    # The site's public address: a feed fetched by a calendar server must
    # not name whatever host the request came in on.
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + meeting.get_absolute_url()
    roles = []
    if meeting.facilitator:
        roles.append(_("Facilitator: %(name)s") % {"name": meeting.facilitator.profile.name})
    if meeting.note_taker:
        # Translators: who takes the meeting's notes.
        roles.append(_("Notes: %(name)s") % {"name": meeting.note_taker.profile.name})
    agenda = "\n".join(f"- {item.text}" for item in meeting.agenda.all())
    event = Event()
    event.add("uid", f"meeting-{meeting.pk}@{_host()}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", meeting.starts_at.astimezone(UTC))
    event.add("dtend", meeting.ends_at.astimezone(UTC))
    event.add("summary", f"{meeting.title} · {meeting.team.name}")
    if agenda:
        agenda = _("Agenda:\n%(items)s") % {"items": agenda}
    description = "\n".join(filter(None, ["\n".join(roles), agenda, url]))
    event.add("description", description)
    event.add("url", url)
    event.add("location", meeting.call_link or meeting.place or url)
    return event


def _host() -> str:
    return settings.WAGTAILADMIN_BASE_URL.split("//", 1)[-1].split("/", 1)[0]
