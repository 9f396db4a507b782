"""The emails around a webinar: the confirmation with the event attached,
the reminders each registrant chose (each sent once, none out of its time),
and the recording's link once it is published. Only registrants the policy
still tells get anything."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction, Site

from community.factories import UserFactory
from kernel.links import page_url
from kernel.roles import SiteRole
from webinars import services
from webinars.factories import WebinarPageFactory
from webinars.models import Registration

pytestmark = pytest.mark.django_db
JOIN = "https://meet.example.org/collaboratory/next-steps"
PUBLIC = "https://collab.example.org"
CHICAGO = ZoneInfo("America/Chicago")


@pytest.fixture(autouse=True)
def public_address(settings):
    Site.objects.update(hostname="localhost", port=80)
    settings.WAGTAILADMIN_BASE_URL = PUBLIC


@pytest.fixture
def send(django_capture_on_commit_callbacks):
    """Run a write and the emails it sends once it commits."""

    def run(write, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return write(*args, **kwargs)

    return run


def _webinar(archive, starts_at, slug="soon", **fields):
    page = WebinarPageFactory(
        parent=archive.series, slug=slug, title=f"Webinar {slug}", starts_at=starts_at, **fields
    )
    page.presenters.set([archive.presenter])
    page.save_revision().publish()
    return page


def _registered(webinar, username, reminders="day", registered_at=None, **extra):
    registration = Registration.objects.create(
        webinar=webinar, user=UserFactory(username=username), reminders=reminders, **extra
    )
    if registered_at:  # auto_now_add: set afterwards
        Registration.objects.filter(pk=registration.pk).update(registered_at=registered_at)
    return registration


# --- The confirmation ---------------------------------------------------------


def test_registering_sends_a_confirmation_with_the_event(client, archive, mailoutbox, send):
    webinar = archive.upcoming
    webinar.starts_at = datetime(2031, 3, 4, 14, 0, tzinfo=CHICAGO)
    webinar.time_zone = "America/Chicago"
    webinar.join_url = JOIN
    webinar.save_revision().publish()
    client.force_login(UserFactory(username="ana"))
    response = send(client.post, webinar.url + "register/", {"reminders": "both"})
    assert response.status_code == 302
    (mail,) = mailoutbox
    assert mail.to == ["ana@example.org"]
    assert mail.subject == "You are registered: Next steps in safe sleep"
    assert "Tuesday 4 March 2031, 2:00 PM CST (60 minutes)" in mail.body
    assert f"Join: {JOIN}" in mail.body
    assert f"{PUBLIC}/webinars/expert-series/next-steps/#registration" in mail.body
    assert "Reminders: the day before and an hour before." in mail.body
    assert "localhost" not in mail.body
    ((name, content, mimetype),) = mail.attachments
    assert name == "next-steps.ics" and mimetype == "text/calendar"
    calendar = Calendar.from_ical(content)
    assert str(calendar["method"]) == "PUBLISH"
    (event,) = calendar.walk("VEVENT")
    assert str(event["location"]) == JOIN
    assert str(event["url"]) == f"{PUBLIC}/webinars/expert-series/next-steps/"
    assert event.decoded("dtstart") == webinar.starts_at
    registration = Registration.objects.get()
    assert registration.reminders == Registration.Reminders.BOTH

    send(client.post, webinar.url + "register/", {"reminders": "hour"})  # a second click
    assert len(mailoutbox) == 1 and Registration.objects.get().reminders == "both"


def test_a_bad_reminder_choice_is_refused_and_nothing_is_stored(client, archive, mailoutbox, send):
    client.force_login(UserFactory(username="ana"))
    response = send(client.post, archive.upcoming.url + "register/", {"reminders": "weekly"})
    assert response.status_code == 302
    assert not Registration.objects.exists() and not mailoutbox
    page = client.get(archive.upcoming.url).content.decode()
    assert "Choose a reminder from the list." in page


def test_reminders_are_changed_where_the_registration_is_managed(client, archive, mailoutbox):
    ana = UserFactory(username="ana")
    client.force_login(ana)
    url = archive.upcoming.url + "register/"
    client.post(url, {"action": "register"})
    assert Registration.objects.get().reminders == "day"  # the default
    client.post(url, {"action": "reminders", "reminders": "hour"})
    assert Registration.objects.get().reminders == "hour"
    client.post(url, {"action": "reminders", "reminders": "sometimes"})
    assert Registration.objects.get().reminders == "hour"
    page = client.get(archive.upcoming.url).content.decode()
    assert '<option value="hour" selected>An hour before</option>' in page
    client.force_login(UserFactory(username="not-registered"))
    client.post(url, {"action": "reminders", "reminders": "none"})
    assert not Registration.objects.filter(user__username="not-registered").exists()


def test_nobody_the_page_shuts_out_can_register_or_is_confirmed(client, archive, mailoutbox, send):
    restriction = PageViewRestriction.objects.create(
        page=archive.series, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=SiteRole.EDITOR.value)])
    ana = UserFactory(username="ana")
    with pytest.raises(PermissionDenied):
        send(services.register, ana, archive.upcoming)
    editor = UserFactory(username="editor")
    editor.groups.add(Group.objects.get(name=SiteRole.EDITOR.value))
    send(services.register, editor, archive.upcoming)
    assert [m.to for m in mailoutbox] == [["editor@example.org"]]
    assert list(Registration.objects.values_list("user__username", flat=True)) == ["editor"]


def test_registering_again_after_cancelling_confirms_again(client, archive, mailoutbox, send):
    client.force_login(UserFactory(username="ana"))
    url = archive.upcoming.url + "register/"
    send(client.post, url, {"action": "register"})
    send(client.post, url, {"action": "cancel"})
    send(client.post, url, {"action": "register", "reminders": "none"})
    assert [m.subject.split(":")[0] for m in mailoutbox] == ["You are registered"] * 2
    assert Registration.objects.get().reminders == "none"


# --- Reminders ----------------------------------------------------------------


def test_each_reminder_goes_once_to_those_who_chose_it(archive, mailoutbox, send):
    now = timezone.now()
    webinar = _webinar(archive, now + timedelta(hours=20), join_url=JOIN)
    early = now - timedelta(days=3)
    for username, choice in (("day", "day"), ("both", "both"), ("hour", "hour"), ("no", "none")):
        _registered(webinar, username, choice, registered_at=early)

    assert send(services.send_due_reminders, now) == 2
    assert sorted(m.to[0] for m in mailoutbox) == ["both@example.org", "day@example.org"]
    mail = mailoutbox[0]
    assert mail.subject == "Tomorrow: Webinar soon"
    assert f"Join: {JOIN}" in mail.body and f"{PUBLIC}/webinars/" in mail.body
    assert send(services.send_due_reminders, now) == 0  # idempotent
    assert send(services.send_due_reminders, now + timedelta(hours=1)) == 0

    an_hour_before = webinar.starts_at - timedelta(minutes=55)
    assert send(services.send_due_reminders, an_hour_before) == 2
    assert sorted(m.to[0] for m in mailoutbox[2:]) == ["both@example.org", "hour@example.org"]
    assert mailoutbox[2].subject == "In an hour: Webinar soon"
    assert send(services.send_due_reminders, an_hour_before) == 0
    assert len(mailoutbox) == 4


def test_nobody_is_told_tomorrow_on_the_day_itself(archive, mailoutbox, send):
    """Registering three hours before the start with both reminders: the day
    reminder's moment passed long ago (the confirmation says it all); the
    hour reminder still comes."""
    now = timezone.now()
    webinar = _webinar(archive, now + timedelta(hours=3))
    _registered(webinar, "late", "both", registered_at=now)
    assert send(services.send_due_reminders, now) == 0
    assert send(services.send_due_reminders, webinar.starts_at - timedelta(minutes=50)) == 1
    (mail,) = mailoutbox
    assert mail.subject.startswith("In an hour")


def test_a_late_sender_still_reminds_until_half_the_lead_is_left(archive, mailoutbox, send):
    now = timezone.now()
    webinar = _webinar(archive, now + timedelta(hours=24))
    _registered(webinar, "ana", "both", registered_at=now - timedelta(days=2))
    # The sender was down from the day reminder's moment until 11 hours before.
    assert send(services.send_due_reminders, webinar.starts_at - timedelta(hours=11)) == 0
    assert send(services.send_due_reminders, webinar.starts_at - timedelta(minutes=40)) == 1
    # 20 minutes before: the hour reminder's time is over too.
    other = _webinar(archive, now + timedelta(hours=25), slug="other")
    _registered(other, "bo", "hour", registered_at=now - timedelta(days=2))
    assert send(services.send_due_reminders, other.starts_at - timedelta(minutes=20)) == 0
    assert [m.to for m in mailoutbox] == [["ana@example.org"]]


def test_reminders_go_only_to_those_the_policy_still_tells(archive, mailoutbox, send):
    now = timezone.now()
    webinar = _webinar(archive, now + timedelta(hours=20))
    early = now - timedelta(days=3)
    _registered(webinar, "kept", registered_at=early)
    _registered(webinar, "cancelled", registered_at=early, cancelled_at=now - timedelta(days=1))
    gone = _registered(webinar, "gone", registered_at=early)
    gone.user.is_active = False
    gone.user.save()
    editor = _registered(webinar, "editor", registered_at=early).user
    editor.groups.add(Group.objects.get(name=SiteRole.EDITOR.value))
    # The series is made private to editors after people registered.
    restriction = PageViewRestriction.objects.create(
        page=archive.series, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=SiteRole.EDITOR.value)])
    assert send(services.send_due_reminders, now) == 1
    assert [m.to for m in mailoutbox] == [["editor@example.org"]]
    restriction.delete()
    assert send(services.send_due_reminders, now) == 1  # the others, once it is open again
    assert [m.to for m in mailoutbox[1:]] == [["kept@example.org"]]


def test_cancelling_stops_the_reminders(client, archive, mailoutbox, send):
    now = timezone.now()
    webinar = _webinar(archive, now + timedelta(hours=20))
    registration = _registered(webinar, "ana", "both", registered_at=now - timedelta(days=3))
    client.force_login(registration.user)
    client.post(webinar.url + "register/", {"action": "cancel"})
    assert send(services.send_due_reminders, now) == 0
    assert send(services.send_due_reminders, webinar.starts_at - timedelta(minutes=50)) == 0
    assert not mailoutbox


def test_a_webinar_put_back_is_reminded_of_again_and_one_brought_forward_not(
    archive, mailoutbox, send
):
    now = timezone.now()
    webinar = _webinar(archive, now + timedelta(hours=20))
    _registered(webinar, "ana", "both", registered_at=now - timedelta(days=3))
    assert send(services.send_due_reminders, now) == 1  # "tomorrow"
    # Brought forward two hours: the reminder sent still holds.
    webinar.starts_at -= timedelta(hours=2)
    webinar.save_revision().publish()
    assert send(services.send_due_reminders, now + timedelta(hours=1)) == 0
    # Put back a week: "tomorrow" again, the day before the new date, once.
    webinar.starts_at += timedelta(days=7, hours=2)
    webinar.save_revision().publish()
    day_before = webinar.starts_at - timedelta(hours=23)
    assert send(services.send_due_reminders, day_before) == 1
    assert send(services.send_due_reminders, day_before + timedelta(minutes=5)) == 0
    an_hour_before = webinar.starts_at - timedelta(minutes=55)
    assert send(services.send_due_reminders, an_hour_before) == 1
    assert send(services.send_due_reminders, an_hour_before) == 0
    subjects = [m.subject.split(":")[0] for m in mailoutbox]
    assert subjects == ["Tomorrow", "Tomorrow", "In an hour"]


def test_the_reminders_cost_the_same_queries_however_many_registrants(archive, send):
    now = timezone.now()
    early = now - timedelta(days=3)
    first = _webinar(archive, now + timedelta(hours=20), slug="first")
    _registered(first, "one", registered_at=early)
    page_url(first)  # reads the site's root paths once, then they are cached
    with CaptureQueriesContext(connection) as one:
        assert send(services.send_due_reminders, now) == 1
    second = _webinar(archive, now + timedelta(hours=21), slug="second")
    for n in range(6):
        _registered(first if n % 2 else second, f"more{n}", "both", registered_at=early)
    with CaptureQueriesContext(connection) as seven:
        assert send(services.send_due_reminders, now) == 6
    # Per kind of reminder: the due places, the page restrictions, the stamp
    # (none when nothing is due), inside one savepoint.
    assert len(seven) == len(one) == 7


def test_the_command_sends_what_is_due(archive, mailoutbox, capsys):
    now = timezone.now()
    webinar = _webinar(archive, now + timedelta(hours=23))
    _registered(webinar, "ana", registered_at=now - timedelta(days=3))
    call_command("send_webinar_reminders")
    assert capsys.readouterr().out.strip() == "Sent 1 webinar reminder."
    call_command("send_webinar_reminders")
    assert capsys.readouterr().out.strip() == "Sent 0 webinar reminders."


# --- The recording ------------------------------------------------------------


def test_publishing_the_recording_tells_the_registrants_once(archive, mailoutbox, send):
    now = timezone.now()
    webinar = _webinar(archive, now - timedelta(days=2), slug="past")
    _registered(webinar, "came")
    _registered(webinar, "cancelled", cancelled_at=now - timedelta(days=3))
    webinar.video_url = "https://media.example.org/past.mp4"
    send(lambda: webinar.save_revision().publish())
    (mail,) = mailoutbox
    assert mail.to == ["came@example.org"]
    assert mail.subject == "The recording is up: Webinar past"
    assert f"{PUBLIC}/webinars/expert-series/past/" in mail.body
    webinar.title = "Webinar past, with a better title"
    send(lambda: webinar.save_revision().publish())  # published again
    send(lambda: webinar.save_revision())  # a draft
    assert len(mailoutbox) == 1


def test_nothing_is_sent_before_there_is_a_recording_or_before_the_start(archive, mailoutbox, send):
    now = timezone.now()
    past = _webinar(archive, now - timedelta(days=2), slug="past")
    _registered(past, "came")
    send(lambda: past.save_revision().publish())  # no recording yet
    future = _webinar(archive, now + timedelta(days=2), slug="future")
    _registered(future, "coming")
    future.video_url = "https://media.example.org/trailer.mp4"
    send(lambda: future.save_revision().publish())
    assert not mailoutbox
