"""Mentions and replies emailed right away, for those who chose it: once,
after the post commits, only while the reader may open the message, one
email per thread until it is read, and never repeated by the digest."""

import pytest
from django.db import transaction

from community.models import Profile
from forums.digests import send_digests
from forums.models import Notification
from forums.services.messages import post_message
from forums.services.notifications import mark_read, set_subscription

pytestmark = pytest.mark.django_db


def _choose(person, notice_email: str, digest: str = "daily") -> None:
    Profile.objects.filter(user=person).update(notice_email=notice_email, email_digest=digest)


def _post(author, thread, body, capture):
    with capture(execute=True):
        message, _ = post_message(author, thread, body)
    return message


def test_a_mention_is_emailed_right_away_once(
    world, thread, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://collab.example.org"
    _choose(world.people.member, "right_away")
    message = _post(
        world.people.lead,
        thread,
        "@teammate the crib audit is due",
        django_capture_on_commit_callbacks,
    )
    [email] = mailoutbox
    assert email.to == [world.people.member.email]
    assert "mentioned you" in email.subject and "Data huddle" in email.subject
    assert "the crib audit is due" in email.body
    assert f"https://collab.example.org{message.get_absolute_url()}" in email.body
    assert Notification.objects.get(recipient=world.people.member).emailed_at is not None
    assert send_digests("daily") == 0  # not told twice


def test_in_the_digest_waits_and_never_is_never_emailed(
    world, thread, mailoutbox, django_capture_on_commit_callbacks
):
    _choose(world.people.member, "digest")
    _choose(world.people.coach, "never")
    set_subscription(world.people.coach, thread, "following")
    _post(
        world.people.lead, thread, "@teammate see the run chart", django_capture_on_commit_callbacks
    )
    assert mailoutbox == []
    assert send_digests("daily") == 1
    assert [m.to for m in mailoutbox] == [[world.people.member.email]]
    assert Notification.objects.filter(recipient=world.people.coach).exists()  # still on the site


def test_a_busy_thread_sends_one_email_until_it_is_read(
    world, thread, mailoutbox, django_capture_on_commit_callbacks
):
    coach = world.people.coach
    _choose(coach, "right_away")
    set_subscription(coach, thread, "following")
    for body in ("First update", "Second update"):
        _post(world.people.lead, thread, body, django_capture_on_commit_callbacks)
    assert len(mailoutbox) == 1 and "replied in a thread you follow" in mailoutbox[0].subject
    mark_read(coach, thread)
    _post(world.people.lead, thread, "Third update", django_capture_on_commit_callbacks)
    assert len(mailoutbox) == 2 and "Third update" in mailoutbox[1].body


def test_a_mention_is_emailed_even_when_the_thread_is_unread(
    world, thread, mailoutbox, django_capture_on_commit_callbacks
):
    _choose(world.people.member, "right_away")
    set_subscription(world.people.member, thread, "following")
    _post(world.people.lead, thread, "An update", django_capture_on_commit_callbacks)
    _post(world.people.lead, thread, "@teammate over to you", django_capture_on_commit_callbacks)
    assert len(mailoutbox) == 2 and "mentioned you" in mailoutbox[1].subject


def test_nothing_for_a_reader_who_lost_access_or_a_post_rolled_back(
    world, thread, mailoutbox, django_capture_on_commit_callbacks
):
    from forums.notice_emails import send_right_away

    member = world.people.member
    _choose(member, "right_away")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        message, _ = post_message(world.people.lead, thread, "@teammate private figures")
    member.memberships.all().delete()
    for callback in callbacks:
        callback()
    assert mailoutbox == []
    assert send_right_away(message.pk, [member.pk]) == 0

    _choose(world.people.lead, "right_away")
    with pytest.raises(RuntimeError), transaction.atomic():
        post_message(world.people.coach, thread, "@lead never sent")
        raise RuntimeError
    assert mailoutbox == []


def test_a_member_chooses_on_their_profile(client, world):
    from django.urls import reverse

    member = world.people.member
    client.force_login(member)
    form = {"display_name": "Ana", "email_digest": "weekly", "notice_email": "right_away"}
    assert client.get(reverse("edit_profile")).content.decode().count("Right away") == 1
    assert client.post(reverse("edit_profile"), form).status_code == 302
    assert Profile.objects.get(user=member).notice_email == "right_away"
    refused = client.post(reverse("edit_profile"), {**form, "notice_email": "hourly"})
    assert refused.status_code == 200 and "Select a valid choice" in refused.content.decode()
    assert Profile.objects.get(user=member).notice_email == "right_away"
