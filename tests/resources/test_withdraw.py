"""A contributor withdraws their own share: it leaves the library, search,
the feeds and the API for everyone else; the editors still open it; nobody
else can withdraw it, and nobody can withdraw it twice."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from wagtail.models import WorkflowState

from resources import services
from resources.models import Resource
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    return django_capture_on_commit_callbacks


@pytest.fixture
def public(library):
    return library["public"]


def _withdraw(client, who, resource, commits, **data):
    client.force_login(who)
    with commits(execute=True):
        return client.post(reverse("resources:withdraw", args=[resource.pk]), data)


def _listed(client, resource) -> dict[str, bool]:
    title = resource.title
    return {
        "library": title in client.get(reverse("resources:index")).content.decode(),
        "search": title in client.get("/search/", {"q": "checklist"}).content.decode(),
        "feed": title in client.get(reverse("resources:feed_atom")).content.decode(),
        "api": title in {r["title"] for r in client.get("/api/resources/").json()["results"]},
    }


def test_the_contributor_is_asked_first(client, people, public):
    client.force_login(people["contributor"])
    page = client.get(reverse("resources:withdraw", args=[public.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Withdraw “Public checklist”?" in html and "csrfmiddlewaretoken" in html
    assert Resource.objects.get(pk=public.pk).withdrawn is False


def test_withdrawing_takes_it_out_of_everything_a_member_or_visitor_reads(
    client, people, public, commits
):
    assert SearchDocument.objects.filter(key=f"resource:{public.pk}").exists()
    client.force_login(people["same team"])
    assert all(_listed(client, public).values())

    response = _withdraw(
        client,
        people["contributor"],
        public,
        commits,
        reason="Replaced by the 2026 edition",
    )

    assert response.status_code == 302 and response.url == reverse("resources:mine")
    public.refresh_from_db()
    assert public.withdrawn and not public.live
    assert public.withdrawn_by == people["contributor"] and public.withdrawn_at is not None
    assert public.withdrawal_reason == "Replaced by the 2026 edition"
    assert not SearchDocument.objects.filter(key=f"resource:{public.pk}").exists()
    for who in ("same team", "anonymous"):
        client.logout()
        if people[who] is not None:
            client.force_login(people[who])
        assert not any(_listed(client, public).values()), who
        assert client.get(public.get_absolute_url()).status_code == 404, who


def test_editors_still_open_it_with_a_note(client, people, public, commits):
    _withdraw(client, people["contributor"], public, commits)
    client.force_login(people["editor"])
    page = client.get(public.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert "Withdrawn by its contributor on" in html
    assert public.title not in client.get(reverse("resources:index")).content.decode()
    admin = client.get(reverse("wagtailsnippets_resources_resource:list"))
    assert public.title in admin.content.decode()


def test_the_contributor_sees_it_as_withdrawn_under_my_contributions(
    client, people, public, commits
):
    _withdraw(client, people["contributor"], public, commits)
    html = client.get(reverse("resources:mine")).content.decode()
    assert "status--withdrawn" in html and ">Withdrawn<" in html
    assert reverse("resources:withdraw", args=[public.pk]) not in html


@pytest.mark.parametrize("who", ["same team", "other team", "editor"])
def test_nobody_else_can_withdraw_it(client, people, library, who, commits):
    response = _withdraw(client, people[who], library["members"], commits)
    assert response.status_code == 403
    assert Resource.objects.get(pk=library["members"].pk).withdrawn is False


def test_a_share_they_cannot_open_does_not_exist_for_them(client, people, library, commits):
    response = _withdraw(client, people["other team"], library["team"], commits)
    assert response.status_code == 404
    assert Resource.objects.get(pk=library["team"].pk).withdrawn is False


def test_a_visitor_is_sent_to_sign_in(client, public):
    response = client.post(reverse("resources:withdraw", args=[public.pk]))
    assert response.status_code == 302 and "login" in response.url
    assert Resource.objects.get(pk=public.pk).withdrawn is False


def test_not_twice(client, people, public, commits):
    _withdraw(client, people["contributor"], public, commits)
    first = Resource.objects.get(pk=public.pk).withdrawn_at
    response = _withdraw(client, people["contributor"], public, commits)
    assert response.status_code == 302
    assert Resource.objects.get(pk=public.pk).withdrawn_at == first
    with pytest.raises(ValidationError, match="already withdrawn"):
        services.withdraw(people["contributor"], Resource.objects.get(pk=public.pk))
    again = client.get(reverse("resources:withdraw", args=[public.pk]))
    assert again.status_code == 403


def test_a_reason_too_long_changes_nothing(client, people, public, commits):
    response = _withdraw(client, people["contributor"], public, commits, reason="x" * 501)
    assert response.status_code == 200 and "Nothing has been withdrawn" in response.content.decode()
    assert Resource.objects.get(pk=public.pk).withdrawn is False
    with pytest.raises(PermissionDenied):
        services.withdraw(people["other team"], public)


def test_a_share_in_review_leaves_the_review(people, network, team):
    from resources.services import ShareDetails, share_resource

    details = ShareDetails(
        title="Draft audit",
        summary="An audit",
        kind="toolkit",
        team=team,
        visibility="members",
        networks=[network],
        external_url="https://example.org/audit",
    )
    shared = share_resource(people["contributor"], details, None)
    assert shared.current_workflow_state is not None
    withdrawn = services.withdraw(people["contributor"], shared)
    assert withdrawn.status == "withdrawn" and withdrawn.current_workflow_state is None
    assert WorkflowState.objects.get(object_id=str(shared.pk)).status == "cancelled"
    # The editors' form opens the latest revision: it says withdrawn too.
    assert withdrawn.get_latest_revision_as_object().withdrawn


def test_pages_citing_it_stop_showing_it(people, public, commits):
    from resources.citations import cited_resources

    class Citations:
        def all(self):
            return [type("Row", (), {"resource_id": public.pk})()]

    assert cited_resources(Citations(), people["member"]) == [public]
    with commits(execute=True):
        services.withdraw(people["contributor"], public)
    assert cited_resources(Citations(), people["member"]) == []
