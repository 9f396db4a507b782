"""iCalendar files: one webinar, the public feed of upcoming webinars, and a
member's own feed of what they registered for. Times are written in UTC, so
every calendar shows the right instant whatever its zone or daylight saving.

Every address in them is on the site's public address (SITE_URL): a
calendar keeps the file long after the request that made it. The join link
is written only into a file for someone who may see it (a registrant's own
feed, their download, their confirmation email); everyone else's LOCATION is
the webinar's page."""

from collections.abc import Iterable
from datetime import UTC, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from kernel.links import page_url, site_host
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


def build_calendar(
    webinars: Iterable[WebinarPage],
    name: str,
    with_join_link: bool = False,
    method: str | None = None,
) -> bytes:
    """`with_join_link` only for a file made for one person who may see
    every one of these webinars' join links (`permissions.can_see_join_link`)."""
    calendar = new_calendar(name)
    if method:
        calendar.add("method", method)
    for webinar in webinars:
        calendar.add_component(_event(webinar, with_join_link))
    return calendar.to_ical()


def _event(webinar: WebinarPage, with_join_link: bool) -> Event:
    url = page_url(webinar)
    join = webinar.join_url if with_join_link else ""
    event = Event()
    # The same UID in every file, so the download, the email's attachment
    # and the feed are one event in the calendar, updated rather than doubled.
    event.add("uid", f"webinar-{webinar.pk}@{site_host()}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", webinar.starts_at.astimezone(UTC))
    event.add("dtend", webinar.ends_at.astimezone(UTC))
    event.add("summary", webinar.title)
    presenters = ", ".join(p.name for p in webinar.presenters.all())
    description = strip_tags(webinar.abstract).strip()
    lines = [description, _("Presenters: %(presenters)s") % {"presenters": presenters}]
    if join:
        lines.append(_("Join: %(join)s") % {"join": join})
        lines.append(_("The webinar's page: %(url)s") % {"url": url})
    else:
        lines.append(url)
    event.add("description", "\n\n".join(lines).strip())
    event.add("url", url)
    event.add("location", join or url)
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
    # Translators: the name of a calendar feed, e.g. "Collaboratory webinars".
    name = _("%(site)s webinars") % {"site": settings.WAGTAIL_SITE_NAME}
    return f"{name}{suffix}"
