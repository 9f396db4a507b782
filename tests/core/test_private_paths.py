"""Every way in asks the policy of what it serves.

The site's URL patterns and websocket routes are enumerated. Each is either
listed below as serving no private type (with why), or mapped to the private
type it serves. A path of the second kind is then asked, by a signed-in
member of no team and by a visitor, for an object of that type they may not
see: it must refuse (or leave the object out of a listing), and the type's
policy (kernel.policies) must have been consulted to decide it. A new
URL or route fails here until it is classified; a view that decides with a
rule of its own fails the spy.
"""

import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.contrib.auth.models import AnonymousUser, Group
from django.db import connections
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.models import Page, PageViewRestriction

from checklists.models import Checklist, ChecklistItem, Progress
from collaboratory.routing import websocket_urlpatterns
from community.factories import MembershipFactory, TeamFactory, UserFactory
from community.models import JoinRequest
from forums.consumers import NOT_ALLOWED
from forums.models import Message, Space, Thread
from kernel.page_policy import pages
from kernel.policies import AccessPolicy, registered
from kernel.roles import SiteRole
from measures.factories import EntryFactory, MeasureFactory, TrackedMeasureFactory
from measures.models import Entry
from meetings.factories import ActionItemFactory, MeetingFactory
from pdsa.factories import CycleFactory
from resources.factories import ResourceFactory
from resources.models import Collection, Resource, Visibility
from webinars.calendar import feed_token
from webinars.factories import WebinarIndexPageFactory, WebinarPageFactory
from webinars.models import Registration

# --- The paths that serve no private type, and why -------------------------

OWN = "the signed-in person's own account, rows or writes, keyed by request.user"
NOT_PRIVATE = {
    "healthz": "service health",
    "alive": "service health",
    "csp_report": "browsers' reports, stored for operators",
    "javascript_catalog": "the interface's words for the scripts, the same for everyone",
    "switch_language": "a reader's choice of language, then on to the page they were on",
    "wagtaildocs_authenticate_with_password": "Wagtail's password form for a document",
    "wagtailcore_authenticate_with_password": "Wagtail's password form for a page",
    "wagtailcore_login": "sign-in",
    "login": "sign-in",
    "logout": "sign-out",
    "signup": "sign-up",
    "signup_done": "sign-up",
    "resend_confirmation": "sign-up",
    "confirm_email": "sign-up, by the emailed token",
    "password_reset": "password reset",
    "password_reset_done": "password reset",
    "password_reset_confirm": "password reset, by the emailed token",
    "password_reset_complete": "password reset",
    "password_change": OWN,
    "edit_profile": OWN,
    "api_tokens": OWN,
    "dashboard": OWN,
    "mine": OWN,
    "share": "any member shares; what they share is checked by the upload checks",
    "submit_resource": "any member shares; what they share is checked by the upload checks",
    "new_group": "facilitators start a working group (a role, not an object)",
    "notifications_read": OWN,
    "renew_webinar_calendar": OWN,
    "network_list": "learning networks are public",
    "network_detail": "learning networks are public",
    "jurisdiction_list": "states are public",
    "jurisdiction_detail": "states are public",
    "team_list": "team pages are public (members' names, no team-only material)",
    "person_detail": "a profile is public",
    "people_directory": "signed-in members only; what each card says of a team's work is "
    "asked of the cycle and measure policies (tests/core/test_people_directory.py)",
    "request_to_join": OWN,
    "webinar_calendar": "the public webinars' calendar (live, unrestricted pages)",
    "toolkit_video_file": "toolkit videos are public (PublicPolicy)",
    "checklist": "a checklist is editors' public reference; its counts name no team and show "
    "only to the network's participants (measures.permissions.sees_network_figures)",
    "openapi-json": "the API's description",
    "openapi-view": "the API's description",
    "api-root": "the API's description",
}


# --- The paths that serve a private type ------------------------------------


@dataclass
class Private:
    """A path serving `model`: how to ask it for the world's private object
    (`method` get, post or json), and whether it is a listing (then it
    answers, without the object)."""

    model: str
    url: Callable[["World"], str]
    method: str = "get"
    listing: bool = False
    data: dict | list | None = None
    # Served by Wagtail, whose own restriction check answers: asking the
    # pages' policy there too cost two queries on every page. The test holds
    # the two to the same answer instead of spying.
    wagtail_answers: bool = False


def _thread(w, name):
    return reverse(f"forums:{name}", args=[w.space.slug, w.thread.pk])


def _message(w, name):
    return reverse(f"forums:{name}", args=[w.message.pk])


def _team_data(w, name, *more):
    return reverse(f"measures:{name}", args=[w.entry.team.slug, *more])


def _progress(w, name, *more):
    checklist = w.progress.item.checklist
    return reverse(f"checklists:{name}", args=[w.progress.team.slug, checklist.slug, *more])


def _team_work(w, name):
    return reverse(f"meetings:{name}", args=[w.meeting.team.slug])


def _meeting(w, name):
    return reverse(f"meetings:{name}", args=[w.meeting.team.slug, w.meeting.pk])


def _team_calendar(w):
    """The team's feed, asked with the key of someone outside the team."""
    token = feed_token(w.outsider)
    return reverse("meetings:team_calendar", args=[w.meeting.team.slug, token])


def _cycle(w, name):
    return reverse(f"pdsa:{name}", args=[w.cycle.team.slug, w.cycle.pk])


def _network_figures(w, tail):
    network = w.entry.team.networks.first()
    return reverse("measures:network_figures", args=[w.entry.measure.slug, network.slug]) + tail


def _profile(w, name, *more):
    return reverse(f"measures:{name}", args=[w.entry.team.jurisdiction.slug, *more])


PRIVATE = {
    "wagtaildocs_serve": Private(
        "wagtaildocs.Document", lambda w: w.resource.document.url.replace("/media", "")
    ),
    "wagtail_serve": Private("wagtailcore.Page", lambda w: w.page.url, wagtail_answers=True),
    # The same addresses, found in the reader's language first (kernel/page_languages.py).
    "page": Private("wagtailcore.Page", lambda w: w.page.url, wagtail_answers=True),
    "index": None,  # several apps name a view "index": see NAMESPACED
    "collections": Private(
        "resources.Collection", lambda w: reverse("resources:collections"), listing=True
    ),
    "collection": Private(
        "resources.Collection", lambda w: reverse("resources:collection", args=[w.collection.pk])
    ),
    "collection_remove": Private(
        "resources.Collection",
        lambda w: reverse("resources:collection_remove", args=[w.collection.pk, w.resource.pk]),
        method="post",
    ),
    "bookmark": Private(
        "resources.Resource",
        lambda w: reverse("resources:bookmark", args=[w.resource.pk]),
        method="post",
    ),
    "feed_rss": Private(
        "resources.Resource", lambda w: reverse("resources:feed_rss"), listing=True
    ),
    "feed_atom": Private(
        "resources.Resource", lambda w: reverse("resources:feed_atom"), listing=True
    ),
    "download": Private(
        "resources.Resource", lambda w: reverse("resources:download", args=[w.resource.pk])
    ),
    "version_download": Private(
        "resources.Resource",
        lambda w: reverse("resources:version_download", args=[w.resource.pk, 1]),
    ),
    "new_file": Private(
        "resources.Resource",
        lambda w: reverse("resources:new_file", args=[w.resource.pk]),
        method="post",
    ),
    "withdraw": Private(
        "resources.Resource",
        lambda w: reverse("resources:withdraw", args=[w.resource.pk]),
        method="post",
    ),
    "preview": Private(
        "resources.Resource", lambda w: reverse("resources:preview", args=[w.resource.pk])
    ),
    "play": Private(
        "resources.Resource", lambda w: reverse("resources:play", args=[w.resource.pk])
    ),
    "detail_short": Private(
        "resources.Resource", lambda w: reverse("resources:detail_short", args=[w.resource.pk])
    ),
    "detail": Private("resources.Resource", lambda w: w.resource.get_absolute_url()),
    "since": Private("forums.Space", lambda w: reverse("forums:since"), listing=True),
    "notifications": Private(
        "forums.Space", lambda w: reverse("forums:notifications"), listing=True
    ),
    "edit": Private(
        "forums.Space", lambda w: _message(w, "edit"), method="post", data={"body": "x"}
    ),
    "delete": Private("forums.Space", lambda w: _message(w, "delete"), method="post"),
    "hide": Private("forums.Space", lambda w: _message(w, "hide"), method="post"),
    "react": Private(
        "forums.Space", lambda w: _message(w, "react"), method="post", data={"emoji": "👍"}
    ),
    "history": Private("forums.Space", lambda w: _message(w, "history")),
    "space": Private("forums.Space", lambda w: reverse("forums:space", args=[w.space.slug])),
    "thread": Private("forums.Space", lambda w: _thread(w, "thread")),
    "subscription": Private("forums.Space", lambda w: _thread(w, "subscription"), method="post"),
    "read": Private("forums.Space", lambda w: _thread(w, "read"), method="post"),
    "moderate": Private("forums.Space", lambda w: _thread(w, "moderate"), method="post"),
    "autocomplete": Private(
        "resources.Resource",
        lambda w: reverse("search:autocomplete") + "?q=plan",
        listing=True,
    ),
    "list_resources": Private("resources.Resource", lambda w: "/api/resources/", listing=True),
    "get_resource": Private("resources.Resource", lambda w: f"/api/resources/{w.resource.pk}/"),
    "list_spaces": Private("forums.Space", lambda w: "/api/discussions/spaces/", listing=True),
    "changes": Private(
        "forums.Space", lambda w: f"/api/discussions/spaces/{w.space.slug}/changes/?after=0"
    ),
    "post": Private(
        "forums.Space",
        lambda w: f"/api/discussions/spaces/{w.space.slug}/threads/{w.thread.pk}/messages/",
        method="json",
        data={"body": "x", "client_id": str(uuid.uuid4())},
    ),
    "search": Private("resources.Resource", lambda w: "/api/search/?q=plan", listing=True),
    "titles": Private("resources.Resource", lambda w: "/api/search/titles/?q=plan", listing=True),
    # A team's page is public, but shows its leads the requests to join it.
    "team_detail": Private(
        "core.JoinRequest", lambda w: w.join_request.team.get_absolute_url(), listing=True
    ),
    "decide_join_request": Private(
        "core.JoinRequest",
        lambda w: reverse("decide_join_request", args=[w.join_request.pk]),
        method="post",
        data={"decision": "approve"},
    ),
    "withdraw_join_request": Private(
        "core.JoinRequest",
        lambda w: reverse("withdraw_join_request", args=[w.join_request.pk]),
        method="post",
    ),
    # A team's own measure, and the team's data (its measures pages).
    # A team's progress on its networks' checklists.
    "team_checklists": Private(
        "checklists.Progress",
        lambda w: reverse("checklists:team_checklists", args=[w.progress.team.slug]),
    ),
    "team_checklist": Private("checklists.Progress", lambda w: _progress(w, "team_checklist")),
    "item_progress": Private(
        "checklists.Progress",
        lambda w: _progress(w, "item_progress", w.progress.item_id),
        "post",
        data={"status": "met", "since": "2026-01-05"},
    ),
    "coaching": Private(
        "checklists.Progress", lambda w: reverse("checklists:coaching"), listing=True
    ),
    # A team's workspace: its meetings (agenda, notes) and actions.
    "workspace": Private("meetings.Meeting", lambda w: _team_work(w, "workspace")),
    "rota": Private("meetings.Meeting", lambda w: _team_work(w, "rota")),
    "reminders": Private("meetings.Meeting", lambda w: _team_work(w, "reminders"), "post"),
    "new_meeting": Private("meetings.Meeting", lambda w: _team_work(w, "new_meeting")),
    "meeting": Private("meetings.Meeting", lambda w: w.meeting.get_absolute_url()),
    "agenda": Private(
        "meetings.Meeting", lambda w: _meeting(w, "agenda"), "post", data={"text": "x"}
    ),
    "notes": Private(
        "meetings.Meeting",
        lambda w: _meeting(w, "notes"),
        "post",
        data={"notes": "x", "version": 0},
    ),
    "add_action": Private("meetings.Meeting", lambda w: _meeting(w, "add_action"), "post"),
    "roles": Private("meetings.Meeting", lambda w: _meeting(w, "roles"), "post"),
    "mark_action": Private(
        "meetings.ActionItem",
        lambda w: reverse("meetings:mark_action", args=[w.meeting.team.slug, w.action.pk]),
        "post",
        data={"done": "on"},
    ),
    "my_actions": Private(
        "meetings.ActionItem", lambda w: reverse("meetings:my_actions"), listing=True
    ),
    "team_calendar": Private("meetings.Meeting", lambda w: _team_calendar(w), listing=True),
    # A team's PDSA cycle, kept to the team.
    "cycles": Private(
        "pdsa.Cycle", lambda w: reverse("pdsa:cycles", args=[w.cycle.team.slug]), listing=True
    ),
    "cycle": Private("pdsa.Cycle", lambda w: w.cycle.get_absolute_url()),
    "list_cycles": Private("pdsa.Cycle", lambda w: "/api/pdsa/cycles/", listing=True),
    "get_cycle": Private("pdsa.Cycle", lambda w: f"/api/pdsa/cycles/{w.cycle.pk}/"),
    "new_cycle": Private(
        "pdsa.Cycle", lambda w: reverse("pdsa:new_cycle", args=[w.cycle.team.slug])
    ),
    "edit_cycle": Private("pdsa.Cycle", lambda w: _cycle(w, "edit_cycle")),
    "share_cycle": Private(
        "pdsa.Cycle", lambda w: _cycle(w, "share_cycle"), "post", data={"sharing": "collaborative"}
    ),
    "delete_cycle": Private("pdsa.Cycle", lambda w: _cycle(w, "delete_cycle"), "post"),
    "talk_with_peers": Private(
        "pdsa.Cycle",
        lambda w: _cycle(w, "talk_with_peers"),
        "post",
        data={"title": "x", "body": "x"},
    ),
    "measure": Private("measures.Measure", lambda w: w.entry.measure.get_absolute_url()),
    "team": Private("measures.Entry", lambda w: _team_data(w, "team")),
    "track": Private(
        "measures.Entry",
        lambda w: _team_data(w, "track"),
        method="post",
        data={"measure": "0"},
    ),
    "enter": Private("measures.Entry", lambda w: _team_data(w, "enter")),
    "submit": Private(
        "measures.Entry",
        lambda w: _team_data(w, "submit"),
        method="post",
        data={"period": "2026-01-01"},
    ),
    "upload": Private("measures.Entry", lambda w: _team_data(w, "upload"), method="post", data={}),
    "csv_template": Private("measures.Entry", lambda w: _team_data(w, "csv_template")),
    "chart": Private("measures.Entry", lambda w: _team_data(w, "chart", w.entry.measure.slug)),
    "chart_csv": Private(
        "measures.Entry", lambda w: _team_data(w, "chart_csv", w.entry.measure.slug)
    ),
    "review": Private(
        "measures.Entry",
        lambda w: reverse("measures:review", args=[w.entry.pk]),
        method="post",
    ),
    "list_measures": Private("measures.Measure", lambda w: "/api/measures/", listing=True),
    # Figures added up across teams: a network's, and the public profiles.
    "network_figures": Private("measures.Measure", lambda w: _network_figures(w, "")),
    "network_csv": Private("measures.Measure", lambda w: _network_figures(w, "data.csv")),
    "naming": Private(
        "measures.Entry",
        lambda w: _team_data(w, "naming", w.entry.measure.slug),
        method="post",
        data={"named": "on"},
    ),
    "mark": Private(
        "measures.Entry",
        lambda w: _team_data(w, "mark", w.entry.measure.slug),
        method="post",
        data={"period": "2026-01", "kind": "note", "text": "x"},
    ),
    "remove_mark": Private(
        "measures.Entry", lambda w: _team_data(w, "remove_mark", w.entry.measure.slug, 1), "post"
    ),
    "api_state_profile": Private(
        "measures.Measure", lambda w: f"/api/measures/places/{w.entry.team.jurisdiction.slug}/"
    ),
    "api_network_figures": Private(
        "measures.Measure",
        lambda w: "/api/measures" + _network_figures(w, ""),
    ),
    "places": Private("measures.Measure", lambda w: reverse("measures:places"), listing=True),
    "state_profile": Private("measures.Measure", lambda w: _profile(w, "state_profile")),
    "state_csv": Private("measures.Measure", lambda w: _profile(w, "state_csv")),
    "county": Private("measures.Measure", lambda w: _profile(w, "county", "pemiscot")),
    "team_entries": Private(
        "measures.Entry", lambda w: f"/api/measures/teams/{w.entry.team.slug}/entries/"
    ),
    "submit_entries": Private(
        "measures.Entry",
        lambda w: f"/api/measures/teams/{w.entry.team.slug}/entries/",
        method="json",
        data=[{"measure": "x", "period": "2026-01-01", "value": 1}],
    ),
    "team_chart": Private(
        "measures.Entry",
        lambda w: f"/api/measures/teams/{w.entry.team.slug}/charts/{w.entry.measure.slug}/",
    ),
    "personal_webinar_calendar": Private(
        "webinars.Registration",
        lambda w: reverse("personal_webinar_calendar", args=[feed_token(w.outsider)]),
        listing=True,
    ),
}
# Views named "index" in more than one app, told apart by their route.
NAMESPACED = {
    "resources/": Private("resources.Resource", lambda w: "/resources/", listing=True),
    "discussions/": Private("forums.Space", lambda w: "/discussions/", listing=True),
    "search/": Private("resources.Resource", lambda w: "/search/?q=plan", listing=True),
    "measures/": Private("measures.Measure", lambda w: "/measures/", listing=True),
}
ROUTES = {"ws/discussions/<slug:slug>/": "forums.Space"}


def _patterns(patterns, prefix: str = "") -> Iterator[tuple[str, str | None]]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.name


def site_paths() -> list[tuple[str, str | None]]:
    """Every URL pattern but the two admins' (staff only, behind Wagtail's
    and Django's own permission policies)."""
    return [
        (route, name)
        for route, name in _patterns(get_resolver().url_patterns)
        if not route.startswith(("admin/", "django-admin/"))
    ]


def private_path(route: str, name: str | None) -> Private | None:
    return NAMESPACED.get(route) if name == "index" else PRIVATE.get(name)


# --- The spy ----------------------------------------------------------------


def _policy_code() -> dict:
    """The code of every policy method, with the types whose policy it is."""
    code: dict = {}
    for model, policy in registered().items():
        for klass in type(policy).__mro__:
            if klass in (AccessPolicy, object) or not issubclass(klass, AccessPolicy):
                continue
            for value in vars(klass).values():
                func = getattr(value, "__func__", value)
                if hasattr(func, "__code__"):
                    code.setdefault(func.__code__, set()).add(model._meta.label)
    return code


class PolicySpy:
    """The types whose policy code ran while it listened, in this thread and
    in any it is installed in (`install`)."""

    def __init__(self) -> None:
        self.code = _policy_code()
        self.asked: set[str] = set()

    def _hook(self, frame, event, arg):
        if event == "call":
            models = self.code.get(frame.f_code)
            if models:
                self.asked |= models

    def install(self) -> None:
        sys.setprofile(self._hook)

    def __enter__(self) -> "PolicySpy":
        threading.setprofile(self._hook)
        self.install()
        return self

    def __exit__(self, *exc) -> None:
        sys.setprofile(None)
        threading.setprofile(None)


# --- A world with one private object of each type ---------------------------


@dataclass
class World:
    secret: str
    outsider: object
    resource: object
    collection: object
    space: object
    thread: object
    message: object
    page: object
    join_request: object
    entry: object
    cycle: object
    meeting: object
    action: object
    progress: object


@pytest.fixture
def world(db, home_page) -> World:
    secret = f"Confidential{uuid.uuid4().hex[:8]}"
    team = TeamFactory(slug=f"team-{secret.lower()}")
    lead = MembershipFactory(team=team).user
    resource = ResourceFactory(
        title=f"{secret} plan", visibility=Visibility.TEAM, team=team, contributor=lead
    )
    collection = Collection.objects.create(owner=lead, name=f"{secret} reading")
    collection.items.create(resource=resource)
    space = Space.objects.get(kind=Space.Kind.TEAM, team=team)
    thread = Thread.objects.create(space=space, title=f"{secret} thread")
    message = Message.objects.create(
        space=space, thread=thread, author=lead, body=secret, sequence=1, changed_sequence=1
    )
    page = home_page.add_child(instance=Page(title=f"{secret} page", slug=secret.lower()))
    editors_only = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    editors_only.groups.set([Group.objects.get(name=SiteRole.EDITOR.value)])
    webinar = WebinarPageFactory(parent=WebinarIndexPageFactory(parent=home_page), title=secret)
    Registration.objects.create(webinar=webinar, user=lead)
    join_request = JoinRequest.objects.create(user=UserFactory(), team=team, message=secret)
    # The team's own measure, which it tracks, with a submitted month.
    # Marked for the public profiles and in the team's network's set: still
    # the team's own, so neither the profiles nor the network may show it.
    measure = MeasureFactory(
        name=f"{secret} huddles",
        slug=secret.lower(),
        team=team,
        data_published=True,
        networks=list(team.networks.all()),
    )
    TrackedMeasureFactory(team=team, measure=measure)
    entry = EntryFactory(team=team, measure=measure, status=Entry.Status.SUBMITTED)
    cycle = CycleFactory(team=team, title=f"{secret} cycle")
    meeting = MeetingFactory(team=team, title=f"{secret} meeting")
    action = ActionItemFactory(meeting=meeting, owner=lead, text=f"{secret} action")
    checklist = Checklist.objects.create(
        name="Ten Steps", slug=f"steps-{secret.lower()}", network=team.networks.first()
    )
    item = ChecklistItem.objects.create(checklist=checklist, text="Written policy")
    progress = Progress.objects.create(team=team, item=item, status="met", note=secret)
    return World(
        secret,
        UserFactory(),
        resource,
        collection,
        space,
        thread,
        message,
        page,
        join_request,
        entry,
        cycle,
        meeting,
        action,
        progress,
    )


# --- The tests --------------------------------------------------------------


def test_every_path_is_classified():
    unclassified = [
        (route, name)
        for route, name in site_paths()
        if name not in NOT_PRIVATE and private_path(route, name) is None
    ]
    assert not unclassified, (
        f"Say what these serve (tests/core/test_private_paths.py): {unclassified}"
    )
    routes = {str(route.pattern) for route in websocket_urlpatterns}
    assert routes == set(ROUTES), routes


def test_every_private_path_names_a_type_with_a_policy():
    labels = {model._meta.label for model in registered()}
    for path in [*PRIVATE.values(), *NAMESPACED.values()]:
        if path is not None:
            assert path.model in labels, path.model
    assert set(ROUTES.values()) <= labels


def _refused(response, path: Private, secret: str) -> bool:
    body = response.content.decode(errors="replace")
    if path.listing and response.status_code == 200:
        return secret not in body
    if response.status_code in (401, 403, 404):
        return True
    return response.status_code == 302 and "login" in response.headers.get("Location", "")


def _ask(client, url: str, path: Private):
    if path.method == "json":
        return client.post(url, path.data, content_type="application/json")
    if path.method == "post":
        return client.post(url, path.data or {})
    return client.get(url)


@pytest.mark.django_db
@pytest.mark.parametrize("signed_in", [True, False], ids=["member of no team", "visitor"])
def test_a_private_path_refuses_an_outsider_by_its_policy(world, signed_in):
    failures = []
    for route, name in site_paths():
        path = private_path(route, name)
        if path is None:
            continue
        client = Client()  # a fresh session each: no message carried from the last answer
        if signed_in:
            client.force_login(world.outsider)
        url = path.url(world)
        with PolicySpy() as spy:
            response = _ask(client, url, path)
        if not _refused(response, path, world.secret):
            failures.append(f"{name} {url}: answered {response.status_code}")
        elif path.wagtail_answers:
            person = world.outsider if signed_in else AnonymousUser()
            if pages.can(person, "view", world.page):
                failures.append(f"{name} {url}: Wagtail refused what the pages' policy allows")
        elif path.model not in spy.asked and not (
            not signed_in and response.status_code in (302, 401)
        ):
            # A visitor sent to sign in (or the API's 401) before anything is
            # read is refused by the login requirement; a signed-in outsider
            # must reach the policy.
            failures.append(
                f"{name} {url}: refused ({response.status_code}) without asking "
                f"{path.model}'s policy"
            )
    assert not failures, "\n".join(failures)


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_the_discussion_socket_refuses_an_outsider_by_its_policy(async_db_cleanup):
    from collaboratory.asgi import application

    cookie, slug = await database_sync_to_async(_socket_world)()
    spy = PolicySpy()
    await database_sync_to_async(spy.install)()  # the thread that runs the database work
    try:
        socket = WebsocketCommunicator(
            application,
            f"/ws/discussions/{slug}/",
            headers=[
                (b"origin", b"http://localhost"),
                (b"host", b"localhost"),
                (b"cookie", cookie),
            ],
        )
        connected, _ = await socket.connect(timeout=5)
        answer = await socket.receive_output(timeout=5)
        await socket.disconnect()
    finally:
        await database_sync_to_async(sys.setprofile)(None)
        await sync_to_async(connections.close_all, thread_sensitive=True)()
    # Accepted, then closed at once as not allowed (forums.consumers).
    assert connected and answer == {"type": "websocket.close", "code": NOT_ALLOWED}
    assert ROUTES["ws/discussions/<slug:slug>/"] in spy.asked


def _socket_world() -> tuple[bytes, str]:
    """A signed-in member of no team, and another team's space."""
    client = Client()
    client.force_login(UserFactory())
    team = TeamFactory(slug=f"t-{uuid.uuid4().hex[:8]}")
    space = Space.objects.get(kind=Space.Kind.TEAM, team=team)
    return f"sessionid={client.cookies['sessionid'].value}".encode(), space.slug


def test_the_spy_sees_a_policy_asked():
    """The spy is not blind: a policy called directly is seen."""
    from resources.permissions import can_view

    with PolicySpy() as spy:
        can_view(AnonymousUser(), Resource(live=False))
    assert "resources.Resource" in spy.asked
