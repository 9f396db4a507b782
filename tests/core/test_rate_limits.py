"""Limits on guessing (log-in, API tokens) and on mail-sending forms, and
pages that never say whether an address has an account.

Time moves by moving the throttle's clock (`throttle.now`), never by sleeping."""

import os
import subprocess
import sys
import time
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import APIToken

from community.factories import DEFAULT_PASSWORD, UserFactory
from community.forms import NewPasswordForm
from kernel import throttle
from kernel.api_auth import ThrottledBearerAuth

pytestmark = pytest.mark.django_db
User = get_user_model()
LOGIN = "/accounts/login/"


@pytest.fixture
def clock(monkeypatch):
    """The throttle's clock, moved forward with `clock.advance(seconds)`."""

    class Clock:
        at = time.time()

        def advance(self, seconds: float) -> None:
            self.at += seconds

    moved = Clock()
    monkeypatch.setattr(throttle, "now", lambda: moved.at)
    return moved


@pytest.fixture
def rosa(db):
    return UserFactory(username="rosa", email="rosa@example.org")


def _log_in(client, username: str, password: str, address: str = "10.0.0.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def _logged_in(client) -> bool:
    return "_auth_user_id" in client.session


# --- Log-in ---------------------------------------------------------------------


def test_fifty_wrong_passwords_then_the_right_one_is_refused_until_the_lock_ends(
    client, rosa, clock
):
    answers = [_log_in(client, "rosa", f"guess-{n}").status_code for n in range(50)]
    # Five failures are counted; from then on no password is even checked.
    assert answers[:5] == [200] * 5
    assert set(answers[5:]) == {429}

    response = _log_in(client, "rosa", DEFAULT_PASSWORD)
    assert response.status_code == 429 and not _logged_in(client)
    assert 0 < int(response["Retry-After"]) <= 60
    page = response.content.decode()
    assert "Too many attempts to log in" in page and "Please try again in 1 minute" in page
    assert 'href="/accounts/password/reset/"' in page  # the owner can still get in
    assert '<link rel="stylesheet"' in page or "<footer" in page  # a page of the site

    clock.advance(61)
    response = _log_in(client, "rosa", DEFAULT_PASSWORD)
    assert response.status_code == 302 and _logged_in(client)


def test_the_lock_doubles_with_each_further_failure_up_to_fifteen_minutes(client, rosa, clock):
    locks = []
    for _ in range(5):
        _log_in(client, "rosa", "wrong")
    for _ in range(6):
        locks.append(throttle.login_per_account().retry_after("rosa"))
        clock.advance(locks[-1] + 1)
        assert _log_in(client, "rosa", "wrong").status_code == 200  # counted again
    assert locks == [60, 120, 240, 480, 900, 900]


def test_the_account_is_the_same_whatever_the_case_and_spaces(client, rosa):
    for login in ["rosa", "ROSA", " Rosa ", "rosa", "RoSa"]:
        _log_in(client, login, "wrong")
    assert _log_in(client, "rosa", DEFAULT_PASSWORD).status_code == 429


def test_unknown_accounts_are_locked_the_same_way(client, db):
    answers = [_log_in(client, "nobody@example.org", "wrong").status_code for _ in range(6)]
    assert answers == [200] * 5 + [429]


def test_a_successful_log_in_clears_the_accounts_failures(client, rosa):
    for _ in range(4):
        _log_in(client, "rosa", "wrong")
    assert _log_in(client, "rosa", DEFAULT_PASSWORD).status_code == 302
    client.post("/accounts/logout/")
    for _ in range(4):
        assert _log_in(client, "rosa", "wrong").status_code == 200
    assert _log_in(client, "rosa", DEFAULT_PASSWORD).status_code == 302


def test_a_lock_does_not_reach_other_accounts_or_other_addresses(client, rosa):
    UserFactory(username="ana")
    for _ in range(5):
        _log_in(client, "rosa", "wrong", address="10.0.0.1")
    assert _log_in(client, "ana", DEFAULT_PASSWORD, address="10.0.0.1").status_code == 302


def test_one_address_guessing_at_many_accounts_is_refused(client, rosa, clock):
    for n in range(30):
        assert _log_in(client, f"someone{n}", "wrong").status_code == 200
    response = _log_in(client, "rosa", DEFAULT_PASSWORD)
    assert response.status_code == 429 and not _logged_in(client)
    assert 0 < int(response["Retry-After"]) <= 15 * 60
    # The owner, from another address, is not kept out.
    assert _log_in(client, "rosa", DEFAULT_PASSWORD, address="10.0.0.2").status_code == 302
    client.post("/accounts/logout/")
    clock.advance(15 * 60)  # the next window
    assert _log_in(client, "rosa", DEFAULT_PASSWORD).status_code == 302


def test_resetting_the_password_lifts_the_accounts_lock(client, rosa):
    for _ in range(5):
        _log_in(client, "rosa", "wrong")
    assert _log_in(client, "rosa", DEFAULT_PASSWORD).status_code == 429
    form = NewPasswordForm(
        rosa, {"new_password1": "n3w-long-pass", "new_password2": "n3w-long-pass"}
    )
    assert form.is_valid()
    form.save()  # what the emailed link's page does
    assert _log_in(client, "rosa", "n3w-long-pass").status_code == 302


def test_the_admins_log_in_counts_and_is_refused_too(client, rosa):
    rosa.is_superuser = rosa.is_staff = True
    rosa.save()
    admin_login = "/admin/login/"
    for _ in range(3):
        client.post(admin_login, {"username": "rosa", "password": "x"}, REMOTE_ADDR="10.0.0.1")
    assert not throttle.login_per_account().retry_after("rosa")
    for _ in range(2):
        _log_in(client, "rosa", "wrong")  # one count, whichever form is used
    assert throttle.login_per_account().retry_after("rosa")
    right = {"username": "rosa", "password": DEFAULT_PASSWORD}
    client.post(admin_login, right, REMOTE_ADDR="10.0.0.1")
    assert not _logged_in(client)
    throttle.login_per_account().clear("rosa")
    client.post(admin_login, right, REMOTE_ADDR="10.0.0.1")
    assert _logged_in(client)


def test_a_refused_log_in_never_says_the_account_waits_for_confirmation(client, db):
    UserFactory(username="waiting", is_active=False)
    for _ in range(5):
        _log_in(client, "waiting", "wrong")
    response = _log_in(client, "waiting", DEFAULT_PASSWORD)
    assert response.status_code == 429
    assert "Confirm your email" not in response.content.decode()


# --- API tokens -------------------------------------------------------------------


def test_guessing_api_tokens_is_refused_before_any_lookup(client, rosa, django_assert_num_queries):
    _, good = APIToken.create_token(user=rosa, name="script")
    for n in range(20):
        response = client.get(
            "/api/resources/", HTTP_AUTHORIZATION=f"Bearer wagtail_guess{n}", REMOTE_ADDR="10.0.0.9"
        )
        assert response.status_code == 200  # served as to anyone: the token is no one
    with django_assert_num_queries(0):
        response = client.get(
            "/api/resources/", HTTP_AUTHORIZATION=f"Bearer {good}", REMOTE_ADDR="10.0.0.9"
        )
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 600
    assert response.json()["retry_after"] == int(response["Retry-After"])
    # Another address, and good tokens, are not held back.
    other = client.get(
        "/api/resources/", HTTP_AUTHORIZATION=f"Bearer {good}", REMOTE_ADDR="10.0.0.8"
    )
    assert other.status_code == 200


def test_good_tokens_are_never_counted(client, rosa):
    _, good = APIToken.create_token(user=rosa, name="script")
    for _ in range(25):
        response = client.get(
            "/api/discussions/spaces/", HTTP_AUTHORIZATION=f"Bearer {good}", REMOTE_ADDR="10.0.0.9"
        )
        assert response.status_code == 200


def test_every_api_route_taking_a_bearer_token_limits_guessing():
    from collaboratory.api import api

    routes = 0
    for pattern in api.urls[0]:
        cells = getattr(pattern.callback, "__closure__", None) or ()
        for cell in cells:
            for operation in getattr(cell.cell_contents, "operations", []):
                for auth in operation.auth_callbacks or []:
                    if isinstance(auth, BearerTokenAuth):
                        routes += 1
                        assert isinstance(auth, ThrottledBearerAuth), pattern.pattern
    assert routes >= 6


# --- Sign-up: limits, and the same answer for a known address ----------------------


def _sign_up(client, n: int, email: str | None = None, address: str = "10.0.0.1"):
    data = {
        "display_name": f"Person {n}",
        "email": email or f"person{n}@example.org",
        "username": f"person{n}",
        "password": "safe-sleep-for-all-2026",
    }
    return client.post(reverse("signup"), data, REMOTE_ADDR=address)


def test_sign_up_with_a_known_address_looks_the_same_and_tells_its_owner(
    client, rosa, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = _sign_up(client, 1, email="new@example.org")
    new_page = client.get(new.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        known = _sign_up(client, 2, email="ROSA@example.org")
    known_page = client.get(known.url).content.decode()

    assert (
        (new.status_code, new.url)
        == (known.status_code, known.url)
        == (302, "/accounts/signup/sent/")
    )
    assert new_page.replace("new@example.org", "X") == known_page.replace("ROSA@example.org", "X")
    assert not User.objects.filter(username="person2").exists()
    assert User.objects.filter(email__iexact="rosa@example.org").count() == 1

    notice = mail.outbox[-1]
    assert notice.to == ["rosa@example.org"]
    assert "tried to sign up" in notice.subject
    assert "http://127.0.0.1:8000/accounts/login/" in notice.body
    assert "http://127.0.0.1:8000/accounts/password/reset/" in notice.body
    assert "confirm" not in notice.body  # rosa's address is confirmed
    assert [m.to for m in mail.outbox] == [["new@example.org"], ["rosa@example.org"]]


def test_the_notice_to_an_unconfirmed_owner_offers_a_new_confirmation_link(
    client, django_capture_on_commit_callbacks
):
    UserFactory(username="waiting", email="waiting@example.org", is_active=False)
    with django_capture_on_commit_callbacks(execute=True):
        _sign_up(client, 1, email="waiting@example.org")
    assert "/accounts/confirm/resend/" in mail.outbox[-1].body


def test_notices_to_one_address_are_limited_without_a_sign(
    client, rosa, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answers = {
            _sign_up(client, n, email="rosa@example.org", address=f"10.0.1.{n}").status_code
            for n in range(8)
        }
    assert answers == {302}
    assert len(mail.outbox) == 5


def test_sign_ups_from_one_address_are_limited(client, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        answers = [_sign_up(client, n).status_code for n in range(11)]
    assert answers == [302] * 10 + [429]
    response = _sign_up(client, 99)
    assert response.status_code == 429 and int(response["Retry-After"]) <= 3600
    assert "Too many sign-ups" in response.content.decode()
    assert not User.objects.filter(username__in=["person10", "person99"]).exists()
    assert _sign_up(client, 100, address="10.0.0.2").status_code == 302


# --- Password reset and confirmation links ---------------------------------------


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(client, rosa):
    known = client.post(reverse("password_reset"), {"email": "rosa@example.org"})
    unknown = client.post(reverse("password_reset"), {"email": "nobody@example.org"})
    assert (known.status_code, known.url) == (unknown.status_code, unknown.url)
    assert client.get(known.url).content == client.get(unknown.url).content
    assert [m.to for m in mail.outbox] == [["rosa@example.org"]]


@pytest.mark.parametrize("route", ["password_reset", "resend_confirmation"])
def test_mails_are_limited_per_address_and_per_recipient(client, rosa, route):
    url = reverse(route)
    by_address = [
        client.post(url, {"email": f"p{n}@example.org"}, REMOTE_ADDR="10.0.0.1").status_code
        for n in range(6)
    ]
    assert by_address == [302] * 5 + [429]
    by_recipient = [
        client.post(url, {"email": "rosa@example.org"}, REMOTE_ADDR=f"10.0.2.{n}").status_code
        for n in range(6)
    ]
    assert by_recipient == [302] * 5 + [429]
    # Known or not, the limit is the same: it tells nobody anything.
    unknown = [
        client.post(url, {"email": "nobody@example.org"}, REMOTE_ADDR=f"10.0.3.{n}").status_code
        for n in range(6)
    ]
    assert unknown == by_recipient


# --- The client's address ---------------------------------------------------------


@pytest.mark.parametrize(
    "proxies, remote, forwarded, expected",
    [
        (0, "203.0.113.5", "", "203.0.113.5"),
        (0, "127.0.0.1", "198.51.100.7", "127.0.0.1"),  # no trusted proxy: header ignored
        (1, "127.0.0.1", "198.51.100.7", "198.51.100.7"),
        (1, "127.0.0.1", "6.6.6.6, 198.51.100.7", "198.51.100.7"),  # forged first hop
        (2, "127.0.0.1", "6.6.6.6, 198.51.100.7, 10.0.0.3", "198.51.100.7"),
        (1, "127.0.0.1", "", "127.0.0.1"),
        (1, "127.0.0.1", "not-an-address", "127.0.0.1"),
        (0, "2001:db8:1:2:3:4:5:6", "", "2001:db8:1:2::/64"),
        (0, "::ffff:192.0.2.1", "", "192.0.2.1"),
    ],
)
def test_the_client_address(rf, proxies, remote, forwarded, expected):
    request = rf.get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        assert throttle.client_address(request) == expected


def test_behind_a_proxy_a_forged_header_does_not_escape_the_limit(client, rosa):
    with override_settings(TRUSTED_PROXY_COUNT=1):
        for n in range(30):
            client.post(
                LOGIN,
                {"username": f"someone{n}", "password": "wrong"},
                REMOTE_ADDR="127.0.0.1",
                HTTP_X_FORWARDED_FOR=f"1.2.3.{n}, 198.51.100.7",
            )
        response = client.post(
            LOGIN,
            {"username": "rosa", "password": DEFAULT_PASSWORD},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="9.9.9.9, 198.51.100.7",
        )
    assert response.status_code == 429


# --- Kept in the cache, across processes; and while the cache is away -------------

REDIS_AWAY = {
    "default": {
        "BACKEND": "kernel.cache.ForgivingRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "KEY_PREFIX": "collaboratory",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
    }
}


def test_counts_live_in_the_shared_cache(client, rosa):
    from django.core.cache import cache

    for _ in range(5):
        _log_in(client, "rosa", "wrong")
    # The lock is a key in the default cache (LocMem or Redis, whichever runs),
    # so a fresh client, as another process would be, meets it.
    lock_key = throttle.login_per_account()._keys("rosa")[1]
    assert cache.get(lock_key) is not None
    from django.test import Client

    assert _log_in(Client(), "rosa", DEFAULT_PASSWORD, address="10.0.0.2").status_code == 429
    cache.clear()  # what another process would see if the counts were not shared
    assert _log_in(Client(), "rosa", DEFAULT_PASSWORD).status_code == 302


def test_while_the_cache_is_away_limits_still_hold_in_each_process(client, rosa):
    throttle._fallback.clear()
    with override_settings(CACHES=REDIS_AWAY):
        answers = [_log_in(client, "rosa", "wrong").status_code for _ in range(6)]
        assert answers == [200] * 5 + [429]
        assert _log_in(client, "ana", "wrong").status_code == 200  # others can still try
    throttle._fallback.clear()


@pytest.mark.redis
def test_a_lock_made_in_one_process_holds_in_another():
    present = {**REDIS_AWAY["default"], "LOCATION": os.environ["REDIS_URL"]}
    login = f"rate-limit-test-{uuid.uuid4().hex}"
    with override_settings(CACHES={"default": present}):
        limit = throttle.login_per_account()
        try:
            for _ in range(5):
                limit.failed(login)
            assert limit.retry_after(login)
            other = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "import django; django.setup(); from kernel import throttle; "
                    f"print(throttle.login_per_account().retry_after({login!r}))",
                ],
                env={**os.environ, "DJANGO_SETTINGS_MODULE": "collaboratory.settings.test"},
                capture_output=True,
                text=True,
                check=True,
            )
            assert 0 < int(other.stdout.strip()) <= 60
        finally:
            limit.clear(login)
