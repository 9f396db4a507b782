"""iCalendar files: one webinar, the public feed of upcoming webinars, and a
member's own feed of what they registered for. Times are written in UTC, so
every calendar shows the right instant whatever its zone or daylight saving."""

from datetime import UTC, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.html import strip_tags
from icalendar import Calendar, Event

from kernel.standing import Account
from webinars.models import CalendarKey, WebinarPage

_SALT = "webinars.personal-calendar"


def new_calendar(name: str, product: str = "Webinars") -> Calendar:
    """An empty feed that calendar apps refresh every six hours (the team
    meetings' feed starts from it too)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//Collaboratory//{product}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("refresh-interval;value=duration", "PT6H")
    return calendar


def build_calendar(webinars, name: str, request) -> bytes:
    calendar = new_calendar(name)
    for webinar in webinars:
        calendar.add_component(_event(webinar, request))
    return calendar.to_ical()


def _event(webinar: WebinarPage, request) -> Event:
    url = webinar.get_full_url(request)
    event = Event()
    event.add("uid", f"webinar-{webinar.pk}@{request.get_host()}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", webinar.starts_at.astimezone(UTC))
    event.add("dtend", webinar.ends_at.astimezone(UTC))
    event.add("summary", webinar.title)
    presenters = ", ".join(p.name for p in webinar.presenters.all())
    description = strip_tags(webinar.abstract).strip()
    event.add("description", f"{description}\n\nPresenters: {presenters}\n\n{url}".strip())
    event.add("url", url)
    event.add("location", webinar.join_url or url)
    return event


def upcoming(webinars):
    """Webinars that have not ended, soonest first."""
    return webinars.filter(starts_at__gte=timezone.now() - timedelta(hours=6)).order_by("starts_at")


def feed_token(user: Account) -> str:
    """A link-safe secret naming the member (calendar apps cannot log in),
    dead as soon as the member asks for a new one."""
    key, _ = CalendarKey.objects.get_or_create(user=user)
    return f"{user.pk}-{_digest(user.pk, key.secret)}"


def user_for_feed_token(token: str) -> Account | None:
    pk, _, _ = token.partition("-")
    if not (pk.isascii() and pk.isdecimal()):
        return None
    key = CalendarKey.objects.filter(user_id=int(pk), user__is_active=True).first()
    if key is None or not constant_time_compare(token, f"{pk}-{_digest(pk, key.secret)}"):
        return None
    return key.user


def _digest(pk, secret: str) -> str:
    return salted_hmac(_SALT, f"{pk}:{secret}").hexdigest()[:32]


def calendar_name(suffix: str = "") -> str:
    return f"{settings.WAGTAIL_SITE_NAME} webinars{suffix}"
