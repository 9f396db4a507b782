"""Email goes out in each recipient's language, whatever the language of
the person whose action sent it."""

import pytest
from django.core import mail
from django.utils import translation

from community import services
from community.factories import UserFactory
from community.models import Profile

pytestmark = pytest.mark.django_db(transaction=False)


def reads_spanish(user):
    Profile.objects.filter(user=user).update(language="es")
    user.profile.refresh_from_db()
    return user


def test_a_decision_reaches_a_spanish_reader_in_spanish(
    team, lead, django_capture_on_commit_callbacks
):
    asker = reads_spanish(UserFactory(username="maria"))
    with django_capture_on_commit_callbacks(execute=True):
        join_request = services.request_to_join(asker, team)
    # The lead reads English: told in English, though the asker reads Spanish.
    assert [m.subject for m in mail.outbox] == [
        f"{asker.profile.name} asks to join Ohio State Team"
    ]
    with django_capture_on_commit_callbacks(execute=True), translation.override("en"):
        services.approve_join_request(join_request, decided_by=lead)
    approved = mail.outbox[-1]
    assert approved.subject == "Ahora es miembro de Ohio State Team"
    assert approved.to == [asker.email]
    assert "/es/" in approved.body  # its links lead to the site in Spanish


def test_one_message_per_language_each_address_once(
    team, lead, member, django_capture_on_commit_callbacks
):
    from kernel.mail import email_after_commit

    reads_spanish(member)
    with django_capture_on_commit_callbacks(execute=True):
        sent = email_after_commit(
            "core/emails/join_request_approved.txt",
            {"join_request": type("R", (), {"team": team, "user": lead})()},
            [lead, member, member],
        )
    assert sent == 2
    assert sorted((m.to[0], m.subject) for m in mail.outbox) == sorted(
        [
            (lead.email, "You are now a member of Ohio State Team"),
            (member.email, "Ahora es miembro de Ohio State Team"),
        ]
    )
