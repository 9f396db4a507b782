"""Registering and cancelling are idempotent; the list is for presenters and
facilitators only."""

import csv
import io

import pytest
from django.contrib.auth.models import Group

from community.factories import UserFactory
from kernel.roles import SiteRole
from webinars.models import Registration

pytestmark = pytest.mark.django_db


def _post(client, webinar, action):
    return client.post(webinar.url + "register/", {"action": action})


def test_register_and_cancel_are_idempotent(client, archive):
    ana = UserFactory(username="ana")
    client.force_login(ana)
    webinar = archive.upcoming
    for _ in range(2):
        assert _post(client, webinar, "register").status_code == 302
    assert Registration.objects.filter(user=ana, webinar=webinar, cancelled_at=None).count() == 1
    for _ in range(2):
        _post(client, webinar, "cancel")
    registration = Registration.objects.get(user=ana, webinar=webinar)
    assert registration.cancelled_at is not None
    _post(client, webinar, "register")
    registration.refresh_from_db()
    assert registration.cancelled_at is None
    assert "You are registered" in client.get(webinar.url).content.decode()


def test_visitors_are_sent_to_log_in_and_nothing_is_stored(client, archive):
    response = _post(client, archive.upcoming, "register")
    assert response.status_code == 302 and "/accounts/login/" in response.url
    assert not Registration.objects.exists()
    assert client.get(archive.upcoming.url + "register/").status_code == 405


def test_a_past_webinar_takes_no_registrations(client, archive):
    client.force_login(UserFactory(username="late"))
    response = _post(client, archive.recorded, "register")
    assert response.status_code == 302
    assert not Registration.objects.exists()


def _csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_presenters_and_facilitators_see_and_export_the_list(client, archive):
    webinar = archive.upcoming
    for username, organisation in (("ana", "Ohio WIC"), ("evil", "=HYPERLINK(1)")):
        user = UserFactory(username=username, profile__organisation=organisation)
        client.force_login(user)
        _post(client, webinar, "register")
    _post(client, webinar, "cancel")  # evil cancels: not on the list
    url = webinar.url + "registrations/"

    client.force_login(UserFactory(username="someone"))
    assert client.get(url).status_code == 403
    assert "Registered (" not in client.get(webinar.url).content.decode()

    client.force_login(archive.presenter_user)
    rows = _csv_rows(client.get(url))
    assert rows[0][:3] == ["name", "email", "organization"]
    assert [row[1] for row in rows[1:]] == ["ana@example.org"]
    assert "Registered (1)" in client.get(webinar.url).content.decode()

    facilitator = UserFactory(username="fac")
    facilitator.groups.add(Group.objects.get(name=SiteRole.FACILITATOR.value))
    client.force_login(facilitator)
    assert client.get(url).status_code == 200


def test_spreadsheet_formulas_in_the_export_are_neutralised(client, archive):
    webinar = archive.upcoming
    client.force_login(UserFactory(username="evil", profile__organisation="=HYPERLINK(1)"))
    _post(client, webinar, "register")
    client.force_login(archive.presenter_user)
    rows = _csv_rows(client.get(webinar.url + "registrations/"))
    assert rows[1][2] == "'=HYPERLINK(1)"
