"""Account flows through the Django test client."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from community.factories import UserFactory
from community.models import JoinRequest, Membership
from community.tokens import make_confirmation_token

pytestmark = pytest.mark.django_db
User = get_user_model()

SIGNUP = {
    "display_name": "Rosa Delgado",
    "email": "rosa@example.org",
    "username": "rosa.delgado",
    "password": "safe-sleep-for-all-2026",
}


def _link_in(message) -> str:
    return re.search(r"https?://\S+", message.body).group(0)


def test_sign_up_confirm_log_in_ask_to_join_and_be_approved(
    client, team, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("signup"), SIGNUP)
    assert response.status_code == 302 and response.url == reverse("signup_done")
    rosa = User.objects.get(username="rosa.delgado")
    assert not rosa.is_active and rosa.profile.display_name == "Rosa Delgado"
    assert mail.outbox[-1].to == ["rosa@example.org"]

    # Before confirming, the log-in form explains what is missing.
    response = client.post(
        reverse("login"), {"username": "rosa.delgado", "password": SIGNUP["password"]}
    )
    assert "Confirm your email address first" in response.content.decode()

    confirm_path = _link_in(mail.outbox[-1]).split("8000", 1)[-1]
    response = client.get(confirm_path)  # a mail scanner following the link
    assert "Confirm and start" in response.content.decode()
    rosa.refresh_from_db()
    assert not rosa.is_active
    response = client.post(confirm_path)
    assert response.status_code == 302 and response.url == reverse("dashboard")
    rosa.refresh_from_db()
    assert rosa.is_active and rosa.profile.email_confirmed

    client.post(reverse("logout"))
    response = client.post(
        reverse("login"), {"username": "ROSA@example.org", "password": SIGNUP["password"]}
    )
    assert response.status_code == 302, "signs in with the email address too"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("request_to_join", args=["ohio"]),
            {"role": "community_organizer", "message": "I organise parents in Columbus."},
        )
    assert response.status_code == 302
    join_request = JoinRequest.objects.get(user=rosa, team=team)
    assert join_request.is_pending and mail.outbox[-1].to == [lead.email]
    assert "Request sent" in client.get(reverse("team_detail", args=["ohio"])).content.decode()

    client.force_login(lead)
    assert "Rosa Delgado" in client.get(reverse("dashboard")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("decide_join_request", args=[join_request.pk]),
            {"decision": "approve", "role": "community_organizer"},
        )
    membership = Membership.objects.get(user=rosa, team=team)
    assert membership.role == Membership.Role.COMMUNITY_ORGANIZER
    assert mail.outbox[-1].to == ["rosa@example.org"]


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("username", "Rosa Delgado!", "lower-case letters"),
        ("email", "not-an-address", "valid email"),
        ("password", "password", "too common"),
    ],
)
def test_sign_up_rejects_bad_input_and_creates_nothing(client, field, value, message):
    response = client.post(reverse("signup"), {**SIGNUP, field: value})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.filter(email=SIGNUP["email"]).exists()
    assert mail.outbox == []


def test_sign_up_refuses_a_taken_username_but_never_says_an_email_is_known(client):
    # Usernames are public (/people/<username>/); which addresses have
    # accounts is not (tests/core/test_rate_limits.py follows a known address).
    UserFactory(username="rosa.delgado", email="someone@example.org")
    UserFactory(username="other", email="ROSA@example.org")
    page = client.post(reverse("signup"), SIGNUP).content.decode()
    assert "That username is taken" in page
    assert "An account already uses this address" not in page


def test_a_forged_or_stale_confirmation_link_is_refused(client):
    user = UserFactory(username="inactive", is_active=False)
    token = make_confirmation_token(user)
    assert client.get(reverse("confirm_email", args=[token + "x"])).status_code == 400
    user.email = "changed@example.org"
    user.save()
    assert client.get(reverse("confirm_email", args=[token])).status_code == 400
    user.refresh_from_db()
    assert not user.is_active


def test_a_deactivated_account_cannot_switch_itself_back_on(
    client, django_capture_on_commit_callbacks
):
    user = UserFactory(username="switched.off", email="off@example.org")  # confirmed
    old_link = reverse("confirm_email", args=[make_confirmation_token(user)])
    user.is_active = False
    user.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("resend_confirmation"), {"email": "off@example.org"})
    assert mail.outbox == []
    assert client.post(old_link).status_code == 400
    response = client.post(
        reverse("login"), {"username": "switched.off", "password": "collaboratory-demo"}
    )
    assert "Confirm your email" not in response.content.decode()
    user.refresh_from_db()
    assert not user.is_active


def test_confirming_while_logged_in_as_someone_else_keeps_that_session(client, member):
    newcomer = UserFactory(username="fresh", is_active=False)
    client.force_login(member)
    client.post(reverse("confirm_email", args=[make_confirmation_token(newcomer)]))
    newcomer.refresh_from_db()
    assert newcomer.is_active
    assert client.get(reverse("dashboard")).context["user"] == member


def test_resend_confirmation_answers_the_same_for_unknown_addresses(
    client, django_capture_on_commit_callbacks
):
    UserFactory(username="waiting", email="waiting@example.org", is_active=False)
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post(reverse("resend_confirmation"), {"email": "waiting@example.org"})
        unknown = client.post(reverse("resend_confirmation"), {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert [m.to for m in mail.outbox] == [["waiting@example.org"]]


def test_password_reset_by_email(client, django_capture_on_commit_callbacks):
    UserFactory(username="forgetful", email="forgetful@example.org")
    client.post(reverse("password_reset"), {"email": "forgetful@example.org"})
    link = _link_in(mail.outbox[-1])
    path = "/" + link.split("/", 3)[3]
    response = client.get(path, follow=True)
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "a-new-long-pass-77", "new_password2": "a-new-long-pass-77"}
    )
    assert response.status_code == 302
    assert client.login(username="forgetful", password="a-new-long-pass-77")


def test_pages_for_members_need_a_login(client):
    for name in ("dashboard", "edit_profile"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and response.url.startswith(reverse("login"))
