"""The index follows every change, through the same signals the site's
editors and members trigger: publish, edit, unpublish, withdraw, delete,
hide, move; on PostgreSQL and on a real OpenSearch cluster, which is sent
each change after the commit."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.http import QueryDict

from community.factories import LearningNetworkFactory
from forums import services as forum_services
from kernel.pdf import simple_pdf
from resources.factories import ResourceFactory
from resources.models import Visibility
from resources.tasks import extract_file_text
from search import indexing
from search.backends import get_backend
from search.backends.base import START, STOP
from search.backends.elasticsearch import ElasticsearchBackend
from search.models import SearchDocument
from search.results import find
from tests.search.conftest import searching_on
from toolkit.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from webinars.factories import WebinarIndexPageFactory, WebinarPageFactory, WebinarSeriesPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True, params=["postgres", "opensearch"])
def engine(request, db):
    if request.param == "postgres":
        yield request.param
        return
    with searching_on(request.getfixturevalue("opensearch").url):
        yield request.param


def _hits(user, text: str) -> list:
    backend = get_backend()
    if isinstance(backend, ElasticsearchBackend):  # what was sent, searchable now
        backend.client.indices.refresh(index=backend.alias)
    return find(user, QueryDict(f"q={text}"), record=False).results.hits


def _found(user, text: str) -> list[str]:
    return [hit.title for hit in _hits(user, text)]


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    """Run what waits for the commit, as a real request's commit would."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


def test_a_resource_through_share_edit_withdraw_and_delete(commits):
    anonymous = AnonymousUser()
    with commits():
        resource = ResourceFactory(
            title="Crib audit tally sheet", networks=[LearningNetworkFactory()]
        )
    assert _found(anonymous, "tally") == ["Crib audit tally sheet"]
    assert SearchDocument.objects.get(key=f"resource:{resource.pk}").facets.count("network=") == 1

    with commits():
        resource.title = "Bassinet audit tally sheet"
        resource.save_revision().publish()
    assert _found(anonymous, "bassinet") == ["Bassinet audit tally sheet"]
    assert _found(anonymous, "crib") == []

    with commits():
        resource.visibility = Visibility.MEMBERS
        resource.save()
    assert _found(anonymous, "tally") == []

    with commits():
        resource.withdrawn = True
        resource.save()
    assert not SearchDocument.objects.filter(key=f"resource:{resource.pk}").exists()

    with commits():
        resource.withdrawn = False
        resource.save()
    assert SearchDocument.objects.filter(key=f"resource:{resource.pk}").exists()
    with commits():
        resource.delete()
    assert not SearchDocument.objects.filter(key=f"resource:{resource.pk}").exists()


def test_text_found_in_a_file_after_extraction(commits):
    with commits():
        resource = ResourceFactory(title="Briefing")
    pdf = simple_pdf("Briefing", ["cover page"], more_pages=[["pangolin on page two"]])
    resource.document.file.save("briefing.pdf", ContentFile(pdf))
    with commits():
        extract_file_text.call(resource.pk, "pdf")
    (hit,) = _hits(AnonymousUser(), "pangolin")
    assert hit.in_file and hit.file_page == 2
    assert "<mark>pangolin</mark>" in hit.snippet.lower()


def test_a_page_is_found_once_published_and_forgotten_when_unpublished_or_deleted(
    commits, home_page
):
    index = CaseStudyIndexPageFactory(parent=home_page)
    with commits():
        page = CaseStudyPageFactory(parent=index, title="Ibex county story", live=False)
    assert _found(AnonymousUser(), "ibex") == []

    with commits():
        page.save_revision().publish()
    assert _found(AnonymousUser(), "ibex") == ["Ibex county story"]

    with commits():
        page.title = "Ibex and oryx county story"
        page.save_revision()  # a draft: the published version stays what people find
    assert _found(AnonymousUser(), "oryx") == []

    with commits():
        page.get_latest_revision().publish()
    assert _found(AnonymousUser(), "oryx") == ["Ibex and oryx county story"]

    page.refresh_from_db()
    with commits():
        page.unpublish()
    assert _found(AnonymousUser(), "ibex") == []

    with commits():
        page.save_revision().publish()
        page.delete()
    assert _found(AnonymousUser(), "ibex") == []


def test_a_page_made_private_takes_its_subpages_out(commits, home_page):
    from wagtail.models import PageViewRestriction

    index = CaseStudyIndexPageFactory(parent=home_page)
    with commits():
        CaseStudyPageFactory(parent=index, title="Ibex county story").save_revision().publish()
    with commits():
        restriction = PageViewRestriction.objects.create(
            page=index, restriction_type=PageViewRestriction.LOGIN
        )
    assert _found(AnonymousUser(), "ibex") == []
    with commits():
        restriction.delete()
    assert _found(AnonymousUser(), "ibex") == ["Ibex county story"]


def test_webinar_moments_link_to_their_second_of_the_recording(commits, home_page):
    series = WebinarSeriesPageFactory(parent=WebinarIndexPageFactory(parent=home_page))
    with commits():
        webinar = WebinarPageFactory(
            parent=series,
            title="Hard stops",
            transcript_text="0:05 Welcome everyone\n12:34 The quokka audit began on one unit\n"
            "13:10 Then it spread",
        )
        webinar.save_revision().publish()
    (hit,) = _hits(AnonymousUser(), "quokka")
    assert hit.kind == "moment"
    assert hit.url.endswith("?t=754")
    assert hit.context == "12:34 in Hard stops"


def test_messages_follow_edits_deletion_hiding_and_moves(commits, team, member, people):
    forum_services.ensure_standard_spaces()
    space = forum_services.team_space(team)
    with commits():
        message = forum_services.start_thread(member, space, "Plans", "Our pangolin plan.")
    assert _found(member, "pangolin") == ["Plans"]
    assert _found(people.missouri, "pangolin") == []

    with commits():
        forum_services.edit_message(member, message, "Our okapi plan.")
    assert _found(member, "pangolin") == []
    assert _found(member, "okapi") == ["Plans"]

    with commits():
        forum_services.move_thread(
            people.admin, message.thread, forum_services.collaborative_space()
        )
    assert _found(people.missouri, "okapi") == ["Plans"]

    with commits():
        forum_services.moderate_thread(people.admin, message.thread, hidden=True)
    assert _found(people.missouri, "okapi") == []
    with commits():
        forum_services.moderate_thread(people.admin, message.thread, hidden=False)
        forum_services.delete_message(member, message)
    assert _found(member, "okapi") == []


def test_a_new_message_is_indexed_by_its_bookkeeping_task_off_the_writers_path(
    commits, settings, team, member
):
    """A post's commit renews no document (Source.index_creations): the
    bookkeeping task builds it, as the message then stands."""
    from django_tasks import default_task_backend

    forum_services.ensure_standard_spaces()
    space = forum_services.team_space(team)
    with commits():
        opening = forum_services.start_thread(member, space, "Plans", "Opening.")
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with commits():
        reply, _ = forum_services.post_message(member, opening.thread, "Our pangolin plan.")
    assert _found(member, "pangolin") == []
    [waiting] = [r for r in default_task_backend.results if r.args[0] == reply.pk]
    with commits():  # a cluster is told after the task's commit
        waiting.task.call(*waiting.args, **waiting.kwargs)
    assert _found(member, "pangolin") == ["Plans"]


def test_renewing_a_threads_messages_costs_the_same_for_five_or_fifteen(team, member):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from forums.models import Message
    from search.documents import source_for

    forum_services.ensure_standard_spaces()
    space = forum_services.team_space(team)
    first = forum_services.start_thread(member, space, "Plans", "Opening.", rate_limited=False)

    def cost() -> int:
        messages = list(first.thread.messages.all())
        with CaptureQueriesContext(connection) as captured:
            indexing._update_now(source_for(Message), [m.pk for m in messages])
        return len(captured)

    for n in range(4):
        forum_services.post_message(member, first.thread, f"Reply {n}", rate_limited=False)
    five = cost()
    for n in range(10):
        forum_services.post_message(member, first.thread, f"More {n}", rate_limited=False)
    assert cost() == five
    assert SearchDocument.objects.filter(kind="message").count() == 15


def test_highlight_markers_in_a_text_never_reach_the_index(commits):
    """The markers that become <mark> are taken out of stored text, so a
    stray one (PDF icon fonts use the same private-use characters) cannot
    open a highlight of its own."""
    with commits():
        resource = ResourceFactory(title=f"Crib{START} audit{STOP} sheet")
    doc = SearchDocument.objects.get(key=f"resource:{resource.pk}")
    assert doc.title == "Crib audit sheet"
    (hit,) = _hits(AnonymousUser(), "crib")
    assert hit.snippet.count("<mark>") == hit.snippet.count("</mark>")
