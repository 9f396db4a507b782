"""The home page's "what is new": the next webinars, newly approved
resources and recent case studies each viewer may open; for a member, their
teams' activity and unread discussions. A signed-in page is never cached for
someone else, and an approval shows at once."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from django.utils import timezone
from wagtail.models import PageViewRestriction

from community.factories import MembershipFactory, TeamFactory, UserFactory
from forums.services.spaces import team_space
from forums.services.threads import start_thread
from measures.factories import EntryFactory, MeasureFactory
from measures.models import Entry
from meetings.factories import MeetingFactory
from pdsa.factories import CycleFactory
from resources.factories import ResourceFactory
from resources.models import Visibility
from tests.queries import queries_for
from toolkit.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from webinars.factories import (
    WebinarIndexPageFactory,
    WebinarPageFactory,
    WebinarSeriesPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(home_page, team, network, member):
    series = WebinarSeriesPageFactory(parent=WebinarIndexPageFactory(parent=home_page))
    soon = timezone.now() + timedelta(days=3)
    studies = CaseStudyIndexPageFactory(parent=home_page)

    def resource(title, **kwargs):
        made = ResourceFactory(title=title, team=team, networks=[network], **kwargs)
        made.save_revision().publish()  # approved by the editors
        return made

    private_webinar = WebinarPageFactory(parent=series, title="Faculty-only huddle", starts_at=soon)
    PageViewRestriction.objects.create(
        page=private_webinar, restriction_type=PageViewRestriction.LOGIN
    )
    return {
        "next": WebinarPageFactory(parent=series, title="Safe sleep next week", starts_at=soon),
        "past": WebinarPageFactory(
            parent=series, title="Last year's talk", starts_at=soon - timedelta(days=400)
        ),
        "private": private_webinar,
        "public": resource("Public crib audit", visibility=Visibility.PUBLIC),
        "team only": resource("Ohio huddle notes", visibility=Visibility.TEAM),
        "unapproved": ResourceFactory(title="Attachment never reviewed", team=team),
        "study": CaseStudyPageFactory(parent=studies, title="Louisiana halves unsafe sleep"),
    }


def _home(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_visitor_sees_the_public_news_only(client, news):
    page = _home(client)
    assert "Safe sleep next week" in page and "Last year" not in page
    assert "Faculty-only huddle" not in page  # for signed-in people only
    assert "Public crib audit" in page
    assert "Ohio huddle notes" not in page and "Attachment never reviewed" not in page
    assert "Louisiana halves unsafe sleep" in page
    assert "For you" not in page and "Unread discussions" not in page


def test_a_member_sees_their_teams_resources_activity_and_unread_discussions(
    client, news, team, member, lead
):
    CycleFactory(team=team, title="Teach-back on nights")
    MeetingFactory(team=team, title="October huddle")
    EntryFactory(
        team=team,
        measure=MeasureFactory(name="Safe sleep audits"),
        status=Entry.Status.SUBMITTED,
        submitted_at=timezone.now(),
    )
    EntryFactory(team=team, measure=MeasureFactory(name="Drafted only"))  # not submitted
    start_thread(lead, team_space(team), "Crib audit results", "Look at the numbers.")
    client.force_login(member)
    page = _home(client)
    assert "Ohio huddle notes" in page and "Faculty-only huddle" in page
    assert "Your teams lately" in page
    assert "Teach-back on nights" in page and "New PDSA cycle" in page
    assert "October huddle" in page
    assert "Safe sleep audits, January 2026" in page and "Drafted only" not in page
    assert "Crib audit results" in page and "1 unread" in page


def test_another_teams_member_sees_none_of_it(client, news, team, lead):
    CycleFactory(team=team, title="Teach-back on nights")
    start_thread(lead, team_space(team), "Crib audit results", "Look at the numbers.")
    texan = MembershipFactory(team=TeamFactory(slug="texas"), user=UserFactory()).user
    client.force_login(texan)
    page = _home(client)
    assert "Ohio huddle notes" not in page and "Teach-back on nights" not in page
    assert "Crib audit results" not in page
    assert "Nothing new in your teams yet" in page and "You are all caught up" in page


def test_empty_states_read_well(client, home_page):
    page = _home(client)
    assert "No webinar is scheduled just now" in page
    assert "No resources have been approved yet" in page
    assert "No case studies yet" in page


def test_a_signed_in_home_page_is_never_stored_for_someone_else(client, news, member):
    assert "no-store" not in client.get("/").get("Cache-Control", "")
    client.force_login(member)
    assert client.get("/")["Cache-Control"] == "private, no-store"


@override_settings(FRAGMENT_CACHE_SECONDS=600)
def test_an_approval_shows_at_once_though_the_list_is_kept(
    client, news, team, network, django_capture_on_commit_callbacks
):
    assert "Night-shift checklist" not in _home(client)
    with django_capture_on_commit_callbacks(execute=True):
        shared = ResourceFactory(
            title="Night-shift checklist", team=team, networks=[network], live=False
        )
    assert "Night-shift checklist" not in _home(client)  # in review
    with django_capture_on_commit_callbacks(execute=True):
        shared.save_revision().publish()
    assert "Night-shift checklist" in _home(client)


def test_a_withdrawn_resource_leaves_the_home_page(
    client, news, member, django_capture_on_commit_callbacks
):
    from resources import services

    public = news["public"]
    type(public).objects.filter(pk=public.pk).update(contributor=member)
    public.refresh_from_db()
    assert public.title in _home(client)
    with django_capture_on_commit_callbacks(execute=True):
        services.withdraw(member, public)
    assert public.title not in _home(client)


# A visitor: the page, the stats (4), the page policy's restrictions and the
# webinars (2), the resources (1), the restrictions and the case studies (2),
# the header's sections. A member adds their account (the session comes from
# the cache: kernel/sessions.py), their
# unread discussions (threads, their newest messages, the counts by space)
# and one query for each kind of team activity, however much there is.
VISITOR_QUERIES = 12
MEMBER_QUERIES = 20


def test_the_page_costs_fixed_queries_for_a_visitor_and_a_member(client, news, team, member, lead):
    def more(n):
        CycleFactory(team=team, title=f"Cycle {n}")
        MeetingFactory(team=team, title=f"Meeting {n}")
        start_thread(lead, team_space(team), f"Thread {n}", "Hello.")
        WebinarPageFactory(parent=news["next"].get_parent(), title=f"Webinar {n}")

    more(0)
    visitor = queries_for(client, "/")
    client.force_login(member)
    first = queries_for(client, "/")
    for n in range(1, 4):
        more(n)
    client.force_login(member)
    assert queries_for(client, "/") == first
    client.logout()
    assert queries_for(client, "/") == visitor
    assert (visitor, first) == (VISITOR_QUERIES, MEMBER_QUERIES)


def test_a_group_restricted_webinar_is_only_for_that_group(client, news, member):
    private = news["private"]
    restriction = private.get_view_restrictions().get()
    restriction.restriction_type = PageViewRestriction.GROUPS
    restriction.save()
    faculty = Group.objects.create(name="Home page testers")
    restriction.groups.add(faculty)
    client.force_login(member)
    assert "Faculty-only huddle" not in _home(client)
    member.groups.add(faculty)
    assert "Faculty-only huddle" in _home(client)
