"""Email digests: once per notice, only for the chosen frequency, and never
about a message the person can no longer read."""

import pytest
from django.core import mail
from django.core.management import call_command

from community.models import Profile
from forums.digests import send_digests
from forums.models import Notification
from forums.services.messages import post_message
from forums.services.notifications import set_subscription


@pytest.fixture
def mentioned(world, thread):
    Profile.objects.filter(user=world.people.member).update(email_digest="daily")
    Profile.objects.filter(user=world.people.coach).update(email_digest="weekly")
    set_subscription(world.people.coach, thread, "following")
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
