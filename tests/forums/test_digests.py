"""Email digests: once per notice, only for the chosen frequency, and never
about a message the person can no longer read."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command

from community.models import Profile
from forums.digests import send_digests
from forums.models import Notification
from forums.services.messages import post_message
from forums.services.notifications import set_subscription
from kernel import periodic


@pytest.fixture
def mentioned(world, thread, django_capture_on_commit_callbacks):
    Profile.objects.filter(user=world.people.member).update(email_digest="daily")
    Profile.objects.filter(user=world.people.coach).update(email_digest="weekly")
    set_subscription(world.people.coach, thread, "following")
    with django_capture_on_commit_callbacks(execute=True):  # notices are written after commit
        post_message(world.people.lead, thread, "@teammate please bring the crib audit")
    return thread


@pytest.mark.django_db
def test_daily_digest_goes_once_to_daily_readers(world, mentioned):
    assert send_digests("daily") == 1
    [email] = mail.outbox
    assert email.to == [world.people.member.email]
    assert "mentioned you" in email.body and "please bring the crib audit" in email.body
    assert "/discussions/team-ohio/threads/" in email.body
    assert send_digests("daily") == 0  # each notice once
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_weekly_digest_and_the_command(world, mentioned):
    call_command("send_discussion_digests", "--frequency", "weekly")
    [email] = mail.outbox
    assert email.to == [world.people.coach.email]
    assert "replied in a thread you follow" in email.body


@pytest.mark.django_db
def test_people_who_lost_access_are_not_sent_the_message(world, mentioned):
    world.people.member.memberships.all().delete()
    assert send_digests("daily") == 0
    assert mail.outbox == []
    assert not Notification.objects.filter(recipient=world.people.member, emailed_at=None).exists()


@pytest.mark.django_db
def test_digests_off_sends_nothing(world, mentioned):
    Profile.objects.update(email_digest="off")
    assert send_digests("daily") + send_digests("weekly") == 0
    assert mail.outbox == []


def _new_york(hour: int, minute: int = 0, day: int = 8) -> datetime:
    """Tuesday 8 December 2026, by default."""
    return datetime(2026, 12, day, hour, minute, tzinfo=ZoneInfo("America/New_York"))


@pytest.mark.django_db
def test_the_daily_digest_goes_at_seven_and_the_weekly_on_monday(
    world, thread, mailoutbox, settings, django_capture_on_commit_callbacks
):
    def post(author, body: str) -> None:
        with django_capture_on_commit_callbacks(execute=True):  # notices come after commit
            post_message(author, thread, body)

    cache.clear()
    settings.TIME_ZONE = "America/New_York"
    Profile.objects.filter(user=world.people.member).update(email_digest="daily")
    Profile.objects.filter(user=world.people.lead).update(email_digest="weekly")
    post(world.people.member, "@lead the audit is in")
    post(world.people.lead, "@teammate thank you")
    periodic.run_due(_new_york(6, 59))  # Tuesday before seven: yesterday's moments, once
    mailoutbox.clear()
    post(world.people.lead, "@teammate one more")
    periodic.run_due(_new_york(7, 1))
    assert [m.to for m in mailoutbox] == [[world.people.member.email]]
    post(world.people.member, "@lead noted")
    periodic.run_due(_new_york(7, 1, day=9))  # Wednesday: no weekly digest
    assert world.people.lead.email not in {a for m in mailoutbox for a in m.to}
    periodic.run_due(_new_york(7, 1, day=14))  # Monday
    assert [world.people.lead.email] in [m.to for m in mailoutbox]
