"""Asking to join a team, and the lead's decision: services, permissions and views."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from community import permissions, services
from community.factories import MembershipFactory, UserFactory
from community.models import JoinRequest, Membership

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending(team, lead, outsider):
    return JoinRequest.objects.create(user=outsider, team=team, message="Hello")


def test_lead_can_decide_but_a_member_cannot(pending, lead, member):
    assert permissions.can_decide_join_request(lead, pending)
    assert not permissions.can_decide_join_request(member, pending)
    with pytest.raises(PermissionDenied):
        services.approve_join_request(pending, decided_by=member)
    pending.refresh_from_db()
    assert pending.is_pending


def test_nobody_decides_on_their_own_request(team, lead):
    # A lead of another team asking to join this one is still just an applicant;
    # here the applicant is even a lead of the team (double role in the data).
    other = UserFactory(username="applicant")
    own = JoinRequest.objects.create(user=other, team=team)
    MembershipFactory(user=other, team=team, role=Membership.Role.LEAD)
    assert not permissions.can_decide_join_request(other, own)
    with pytest.raises(PermissionDenied):
        services.approve_join_request(own, decided_by=other)


def test_superuser_can_decide_for_any_team(pending):
    admin = UserFactory(username="root")
    admin.is_superuser = True
    admin.save()
    assert permissions.can_decide_join_request(admin, pending)


def test_approval_makes_a_membership_with_the_chosen_role_and_emails_after_commit(
    pending, lead, outsider, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        membership = services.approve_join_request(
            pending, decided_by=lead, role=Membership.Role.DATA_LEAD
        )
        assert mail.outbox == []  # nothing is sent before the commit
    # The email, the note that tells the new member's open sockets to look
    # again, and forgetting the standing a request may have kept meanwhile.
    assert len(callbacks) == 3
    for callback in callbacks:
        callback()
    assert membership.user == outsider and membership.role == Membership.Role.DATA_LEAD
    pending.refresh_from_db()
    assert pending.status == JoinRequest.Status.APPROVED and pending.decided_by == lead
    assert mail.outbox[0].to == [outsider.email]
    assert "now a member of Ohio State Team" in mail.outbox[0].subject


def test_a_request_is_decided_once(pending, lead):
    services.decline_join_request(pending, decided_by=lead, note="Please ask your county hub.")
    with pytest.raises(ValidationError, match="already declined"):
        services.approve_join_request(pending, decided_by=lead)
    assert not Membership.objects.filter(user=pending.user, team=pending.team).exists()


def test_asking_twice_or_as_a_member_is_refused(team, lead, outsider, member):
    services.request_to_join(outsider, team, message="First")
    with pytest.raises(ValidationError, match="already asked"):
        services.request_to_join(outsider, team, message="Second")
    with pytest.raises(ValidationError, match="already a member"):
        services.request_to_join(member, team)
    assert JoinRequest.objects.filter(user=outsider).count() == 1


def test_the_leads_are_told_of_a_new_request(
    team, lead, outsider, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.request_to_join(outsider, team, message="I run the WIC safe sleep class.")
    assert [m.to for m in mail.outbox] == [[lead.email]]
    assert "WIC safe sleep class" in mail.outbox[0].body


def test_only_the_applicant_withdraws(pending, lead, outsider):
    with pytest.raises(PermissionDenied):
        services.withdraw_join_request(pending, user=lead)
    services.withdraw_join_request(pending, user=outsider)
    pending.refresh_from_db()
    assert pending.status == JoinRequest.Status.WITHDRAWN
    assert permissions.can_request_to_join(outsider, pending.team)


def test_decision_view_refuses_a_member_and_changes_nothing(client, pending, member):
    client.force_login(member)
    response = client.post(
        reverse("decide_join_request", args=[pending.pk]), {"decision": "approve"}
    )
    assert response.status_code == 403
    pending.refresh_from_db()
    assert pending.is_pending


def test_decision_view_lets_the_lead_approve(client, pending, lead, outsider):
    client.force_login(lead)
    response = client.post(
        reverse("decide_join_request", args=[pending.pk]),
        {"decision": "approve", "role": "member", "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert response.url == "/teams/ohio/"  # an outside `next` is ignored
    assert Membership.objects.filter(user=outsider, team=pending.team).exists()


def test_team_page_shows_requests_only_to_its_lead(client, pending, lead, member):
    url = reverse("team_detail", args=["ohio"])
    client.force_login(member)
    assert "Asking to join" not in client.get(url).content.decode()
    client.force_login(lead)
    page = client.get(url).content.decode()
    assert "Asking to join (1)" in page and pending.user.profile.name in page


def test_member_emails_are_shown_to_teammates_only(client, team, lead, outsider):
    url = reverse("team_detail", args=["ohio"])
    assert lead.email not in client.get(url).content.decode()
    client.force_login(outsider)
    assert lead.email not in client.get(url).content.decode()
    client.force_login(lead)
    assert lead.email in client.get(url).content.decode()


def test_decline_through_the_team_page_sends_the_note(
    client, pending, lead, outsider, django_capture_on_commit_callbacks
):
    client.force_login(lead)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("decide_join_request", args=[pending.pk]),
            {"decision": "decline", "note": "Please join the Franklin County hub & say hi."},
        )
    pending.refresh_from_db()
    assert pending.status == JoinRequest.Status.DECLINED
    assert not Membership.objects.filter(user=outsider, team=pending.team).exists()
    assert "Franklin County hub & say hi." in mail.outbox[-1].body  # plain text, unescaped


def test_withdraw_through_the_team_page(client, pending, outsider, lead):
    client.force_login(lead)
    url = reverse("withdraw_join_request", args=[pending.pk])
    assert client.post(url).status_code == 403
    client.force_login(outsider)
    assert client.post(url).status_code == 302
    pending.refresh_from_db()
    assert pending.status == JoinRequest.Status.WITHDRAWN


def test_an_inactive_applicant_is_not_let_in(pending, lead, outsider):
    outsider.is_active = False
    outsider.save()
    with pytest.raises(ValidationError, match="no longer active"):
        services.approve_join_request(pending, decided_by=lead)
    assert not Membership.objects.filter(user=outsider).exists()


def test_a_team_without_a_lead_sends_requests_to_the_administrators(
    client, team, outsider, django_capture_on_commit_callbacks
):
    admin = UserFactory(username="root", email="root@example.org")
    admin.is_superuser = admin.is_staff = True
    admin.save()
    with django_capture_on_commit_callbacks(execute=True):
        join_request = services.request_to_join(outsider, team)
    assert [m.to for m in mail.outbox] == [["root@example.org"]]
    assert list(permissions.join_requests.awaiting(admin)) == [join_request]
    client.force_login(admin)
    assert outsider.profile.name in client.get(reverse("dashboard")).content.decode()


def test_requests_awaiting_a_lead_are_only_those_of_teams_they_lead(pending, lead, member):
    assert list(permissions.join_requests.awaiting(lead)) == [pending]
    assert not permissions.join_requests.awaiting(member).exists()
