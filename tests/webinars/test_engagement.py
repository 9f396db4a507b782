"""Coarse, anonymous engagement counts, shown to editors only."""

import pytest

from community.factories import UserFactory
from webinars.models import WebinarEngagement

pytestmark = pytest.mark.django_db


def test_a_view_counts_once_per_visit(client, archive):
    for _ in range(3):
        client.get(archive.recorded.url)
    assert WebinarEngagement.objects.get(webinar=archive.recorded).views == 1


def test_milestones_count_once_per_visit_and_refuse_nonsense(client, archive):
    url = archive.recorded.url + "progress/"
    client.get(archive.recorded.url)  # the page sets the CSRF cookie
    for event in ("play", "25", "25", "50"):
        assert client.post(url, {"event": event}).status_code == 204
    assert client.post(url, {"event": "999"}).status_code == 400
    assert client.get(url).status_code == 405
    counts = WebinarEngagement.objects.get(webinar=archive.recorded)
    assert (counts.plays, counts.reached_25, counts.reached_50, counts.reached_75) == (1, 1, 1, 0)


def test_only_editors_see_the_counts(client, archive):
    client.force_login(UserFactory(username="member"))
    assert "Engagement" not in client.get(archive.recorded.url).content.decode()
    admin = UserFactory(username="root")
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    page = client.get(archive.recorded.url).content.decode()
    assert "Engagement" in page and "Page views" in page
