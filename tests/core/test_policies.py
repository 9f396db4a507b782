"""Every access policy's three answers agree, over random worlds of people
and private objects: whether a person may do something to an object, the
objects a person may do it to, and the people who may do it to an object.
And for the policies that find by keys (the library, the discussions), the
keys a search document stores open it to exactly those who may find it."""

import uuid
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.cache import cache
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page, PageViewRestriction

from checklists.models import Checklist, ChecklistItem, Progress
from community.factories import (
    LearningNetworkFactory,
    MembershipFactory,
    TeamFactory,
    UserFactory,
)
from community.models import JoinRequest, Jurisdiction, Membership
from forums.models import Message, Space, Thread
from kernel.page_policy import pages
from kernel.policies import policy_for, registered
from kernel.roles import SiteRole
from measures.factories import EntryFactory, MeasureFactory, TrackedMeasureFactory
from measures.models import Entry, Measure, TrackedMeasure
from meetings.factories import ActionItemFactory, MeetingFactory
from meetings.models import ActionItem, Meeting
from pdsa.factories import CycleFactory
from pdsa.models import Cycle, Sharing
from resources.factories import ResourceFactory
from resources.models import Collection, ResourceFileVersion, Visibility
from search.access import viewer_keys
from webinars.factories import PersonFactory, WebinarIndexPageFactory, WebinarPageFactory
from webinars.models import CalendarKey, Registration

pytestmark = pytest.mark.django_db

ROLES = [None, *SiteRole, "superuser"]
TEAMS = 3

person = st.fixed_dictionaries(
    {
        "role": st.sampled_from(ROLES),
        "teams": st.dictionaries(
            st.integers(0, TEAMS - 1), st.sampled_from(list(Membership.Role)), max_size=2
        ),
        "coaches": st.sets(st.integers(0, TEAMS - 1), max_size=1),
        "active": st.booleans(),
    }
)
resource = st.fixed_dictionaries(
    {
        "visibility": st.sampled_from(list(Visibility)),
        "team": st.integers(0, TEAMS - 1),
        "contributor": st.integers(0, 5),
        "live": st.booleans(),
        "withdrawn": st.booleans(),
    }
)
world = st.fixed_dictionaries(
    {
        "people": st.lists(person, min_size=6, max_size=6),
        "resources": st.lists(resource, min_size=1, max_size=5),
        "collections": st.lists(
            st.tuples(st.integers(0, 5), st.one_of(st.none(), st.integers(0, TEAMS - 1))),
            max_size=3,
        ),
        "hidden_threads": st.lists(st.booleans(), min_size=9, max_size=9),
        "group": st.tuples(
            st.sets(st.integers(0, TEAMS - 1), max_size=2), st.sets(st.integers(0, 5), max_size=2)
        ),
        # Per webinar: who presents it (a person or nobody), who registered.
        "webinars": st.lists(
            st.tuples(st.one_of(st.none(), st.integers(0, 5)), st.sets(st.integers(0, 5))),
            min_size=1,
            max_size=2,
        ),
        "calendar_keys": st.sets(st.integers(0, 5), max_size=2),
        # Who asked to join which team, and where the request stands.
        "join_requests": st.lists(
            st.tuples(
                st.integers(0, 5),
                st.integers(0, TEAMS - 1),
                st.sampled_from(list(JoinRequest.Status)),
            ),
            max_size=3,
        ),
        # Measures: (the team that owns it or None, shared, published), and
        # each team's entries: (team, measure, status).
        "measures": st.lists(
            st.tuples(
                st.one_of(st.none(), st.integers(0, TEAMS - 1)), st.booleans(), st.booleans()
            ),
            min_size=1,
            max_size=3,
        ),
        "entries": st.lists(
            st.tuples(
                st.integers(0, TEAMS - 1), st.integers(0, 2), st.sampled_from(list(Entry.Status))
            ),
            max_size=4,
        ),
        # PDSA cycles: (team, who it is shared with).
        "cycles": st.lists(
            st.tuples(st.integers(0, TEAMS - 1), st.sampled_from(list(Sharing))), max_size=3
        ),
        # Teams' progress on one checklist item.
        "progress": st.sets(st.integers(0, TEAMS - 1), max_size=2),
        # Meetings of teams, each with an action owned by a person.
        "meetings": st.lists(st.tuples(st.integers(0, TEAMS - 1), st.integers(0, 5)), max_size=2),
        "pages": st.lists(
            st.tuples(st.booleans(), st.sampled_from(["none", "login", "groups", "password"])),
            max_size=3,
        ),
    }
)


def _space(tag: str, kind: str, **place) -> Space:
    slug = f"{kind}-{uuid.uuid4().hex[:6]}-{tag}"
    return Space.objects.get_or_create(kind=kind, **place, defaults={"slug": slug, "name": "S"})[0]


def _build(spec: dict) -> tuple[list, list]:
    """People (and a visitor) and every private object of the world."""
    tag = uuid.uuid4().hex[:8]
    networks = [LearningNetworkFactory(slug=f"n{i}-{tag}") for i in range(2)]
    places = list(Jurisdiction.objects.order_by("pk")[:2])
    teams = [
        TeamFactory(slug=f"t{i}-{tag}", jurisdiction=places[i % 2], networks=[networks[i % 2]])
        for i in range(TEAMS)
    ]
    people = []
    for n, p in enumerate(spec["people"]):
        user = UserFactory(
            username=f"p{n}-{tag}", is_active=p["active"], is_superuser=p["role"] == "superuser"
        )
        if isinstance(p["role"], SiteRole):
            user.groups.add(Group.objects.get(name=p["role"].value))
        for t, role in p["teams"].items():
            MembershipFactory(user=user, team=teams[t], role=role)
        for t in p["coaches"]:
            teams[t].faculty.add(user)
        people.append(user)

    objects = []
    for r in spec["resources"]:
        objects.append(
            ResourceFactory(
                visibility=r["visibility"],
                team=teams[r["team"]],
                contributor=people[r["contributor"]],
                live=r["live"],
                withdrawn=r["withdrawn"],
            )
        )
    for resource in list(objects):
        objects.append(
            ResourceFileVersion.objects.create(
                resource=resource, document=resource.document, number=1
            )
        )
        objects.append(resource.document)
    for owner, team in spec["collections"]:
        objects.append(
            Collection.objects.create(
                owner=people[owner], name="Reading", team=teams[team] if team is not None else None
            )
        )
    # Signals may have made the standard spaces already.
    spaces = [_space(tag, Space.Kind.COLLABORATIVE)]
    spaces += [_space(tag, Space.Kind.NETWORK, network=n) for n in networks]
    spaces += [_space(tag, Space.Kind.JURISDICTION, jurisdiction=j) for j in places]
    spaces += [_space(tag, Space.Kind.TEAM, team=t) for t in teams]
    member_teams, member_people = spec["group"]
    group = Space.objects.create(
        kind=Space.Kind.GROUP, slug=f"g-{tag}", name="G", created_by=people[0]
    )
    group.member_teams.set([teams[t] for t in member_teams])
    group.member_people.set([people[p] for p in member_people])
    spaces.append(group)
    for space, hidden in zip(spaces, spec["hidden_threads"], strict=True):
        thread = Thread.objects.create(space=space, title="A thread", hidden=hidden)
        message = Message.objects.create(
            space=space,
            thread=thread,
            author=people[1],
            body="Hello",
            sequence=1,
            changed_sequence=1,
        )
        objects += [space, thread, message]
    objects += _webinar_rows(spec, people, tag)
    objects += _join_requests(spec, people, teams)
    objects += _team_data(spec, teams, tag)
    objects += [CycleFactory(team=teams[t], sharing=sharing) for t, sharing in spec["cycles"]]
    checklist = Checklist.objects.create(name="Steps", slug=f"steps-{tag}", network=networks[0])
    item = ChecklistItem.objects.create(checklist=checklist, text="Policy")
    objects += [Progress.objects.create(team=teams[t], item=item) for t in spec["progress"]]
    for t, owner in spec["meetings"]:
        meeting = MeetingFactory(team=teams[t])
        objects += [meeting, ActionItemFactory(meeting=meeting, owner=people[owner])]
    root = Page.get_first_root_node()
    for n, (live, restriction) in enumerate(spec["pages"]):
        page = root.add_child(instance=Page(title=f"Page {n}", slug=f"page{n}-{tag}", live=live))
        if restriction != "none":
            kind = getattr(PageViewRestriction, restriction.upper())
            rule = PageViewRestriction.objects.create(
                page=page, restriction_type=kind, password="secret"
            )
            if restriction == "groups":
                rule.groups.set([Group.objects.get(name=SiteRole.EDITOR.value)])
        objects.append(page)
    return [*people, AnonymousUser()], objects


def _webinar_rows(spec: dict, people: list, tag: str) -> list:
    rows = []
    index = WebinarIndexPageFactory(parent=Page.get_first_root_node(), slug=f"w-{tag}")
    presenters: dict[int, object] = {}  # one Person per account, however many webinars
    for n, (presenter, registrants) in enumerate(spec["webinars"]):
        webinar = WebinarPageFactory(parent=index, slug=f"w{n}-{tag}")
        if presenter is not None:
            if presenter not in presenters:
                presenters[presenter] = PersonFactory(slug=f"pr{n}-{tag}", user=people[presenter])
            webinar.presenters.set([presenters[presenter]])
            webinar.save()
        rows += [Registration.objects.create(webinar=webinar, user=people[p]) for p in registrants]
    rows += [CalendarKey.objects.create(user=people[p]) for p in spec["calendar_keys"]]
    return rows


def _join_requests(spec: dict, people: list, teams: list) -> list:
    rows, pending = [], set()
    for person, team, status in spec["join_requests"]:
        if status == JoinRequest.Status.PENDING:
            if (person, team) in pending:  # one pending request per person and team
                continue
            pending.add((person, team))
        rows.append(
            JoinRequest.objects.create(user=people[person], team=teams[team], status=status)
        )
    return rows


def _team_data(spec: dict, teams: list, tag: str) -> list:
    measures = [
        MeasureFactory(
            slug=f"m{n}-{tag}",
            team=teams[owner] if owner is not None else None,
            shared=shared,
            published=published,
        )
        for n, (owner, shared, published) in enumerate(spec["measures"])
    ]
    rows: list = list(measures)
    for n, (team, which, status) in enumerate(spec["entries"]):
        measure = measures[which % len(measures)]
        tracked = TrackedMeasureFactory(team=teams[team], measure=measure)
        period = date(2026, 1, 1) + timedelta(days=32 * n)
        entry = EntryFactory(
            team=teams[team], measure=measure, status=status, period=period.replace(day=1)
        )
        rows += [tracked, entry]
    return rows


def _check_agreement(people: list, objects: list) -> None:
    for obj in objects:
        policy = policy_for(obj)
        if isinstance(obj, Page):  # the batch answer, for emails to many, agrees too
            each = pages.can_view_each([(user, obj) for user in people])
            assert each == [pages.can_view(user, obj) for user in people], obj
        for action in policy.actions:
            allowed_people = set(policy.people(obj, action).values_list("pk", flat=True))
            for user in people:
                may = policy.can(user, action, obj)
                listed = policy.objects(user, action).filter(pk=obj.pk).exists()
                where = f"{type(policy).__name__}.{action} {obj!r} for {user}"
                assert may == listed, where
                if user.is_authenticated and user.is_active:
                    assert may == (user.pk in allowed_people), where
                else:
                    assert user.pk not in allowed_people, where


def _check_keys(people: list, objects: list) -> None:
    """A search document stores `keys(obj)` for a published object; a person
    finds it when their keys meet them."""
    for obj in objects:
        policy = policy_for(obj)
        keys = set(policy.keys(obj))
        if not keys:
            continue
        action = "find" if "find" in policy.actions else "view"
        published = getattr(obj, "live", True) and not getattr(obj, "withdrawn", False)
        for user in people:
            finds = published and bool(keys & set(viewer_keys(user)))
            assert finds == policy.can(user, action, obj), f"{obj!r} keys {keys} for {user}"


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=world)
def test_the_three_answers_of_every_policy_agree(spec):
    with transaction.atomic():
        cache.clear()
        people, objects = _build(spec)
        _check_agreement(people, objects)
        _check_keys(people, objects)
        transaction.set_rollback(True)


def test_every_private_type_has_a_policy():
    from forums.models import Space as Spaces
    from resources.models import Resource

    models = set(registered())
    private = (Resource, ResourceFileVersion, Collection, Spaces, Thread, Message, Page)
    team_data = (Measure, TrackedMeasure, Entry, Cycle, Meeting, ActionItem, Progress)
    for model in (*private, Registration, CalendarKey, JoinRequest, *team_data):
        assert model in models, model
