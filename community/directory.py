"""The members directory (/people/): who is in the collaborative, found by
name, role, team, state and learning network, with what each works on.

Only signed-in members open it (the view says so). Each person shows what
anyone may see of them anyway (their profile and their teams); what their
teams work on comes from the apps that own that work, each registering a
function that answers through its own access policy, so a team's private
cycles and measures show only to those who may see them."""

import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.db.models import F, Prefetch, Q, QuerySet, Value
from django.db.models.functions import Coalesce, Concat, Lower, NullIf, Trim
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from community.models import Jurisdiction, LearningNetwork, Membership, Profile, Team
from kernel import facets
from kernel.fragments import kept_for
from kernel.roles import SiteRole
from kernel.standing import Account, AnyUser

PEOPLE_PER_PAGE = 24
NAME_MAX_CHARS = 100
NAME_MAX_WORDS = 5
WORK_SHOWN = 4  # items of each kind of work on a card; the rest are counted


# --- What a person works on: each app answers for the teams on the page -------

TeamWork = Callable[[AnyUser, Collection[int]], dict[int, list[str]]]
"""Given the viewer and the ids of the teams shown, what each team works on
that this viewer may see (labels, e.g. change ideas tested), in one query."""


@dataclass(frozen=True)
class _WorkKind:
    label: StrOrPromise
    of_teams: TeamWork


_work_kinds: dict[str, _WorkKind] = {}


def register_work(name: str, label: StrOrPromise, of_teams: TeamWork) -> None:
    """An app adds a kind of work to the cards (from its `ready()`):
    `label` heads it ("Testing", "Measures")."""
    _work_kinds[name] = _WorkKind(label, of_teams)


@dataclass
class Work:
    label: StrOrPromise
    items: list[str]
    more: int


def _memberships(account: Account) -> list[Membership]:
    """The person's memberships, as loaded with the page (`PEOPLE`)."""
    loaded: list[Membership] = account.directory_memberships  # type: ignore[attr-defined]
    return loaded


def _work_of(viewer: AnyUser, people: Iterable[Account]) -> dict[int, list[Work]]:
    """Each person's work, by their id: what their teams work on, merged."""
    teams_of = {p.pk: [m.team_id for m in _memberships(p)] for p in people}
    team_ids = {t for teams in teams_of.values() for t in teams}
    work: dict[int, list[Work]] = defaultdict(list)
    if not team_ids:
        return work
    for kind in _work_kinds.values():
        by_team = kind.of_teams(viewer, team_ids)
        for person_id, teams in teams_of.items():
            items = sorted({item for t in teams for item in by_team.get(t, [])})
            if items:
                shown = items[:WORK_SHOWN]
                work[person_id].append(Work(kind.label, shown, len(items) - len(shown)))
    return work


# --- Filters -------------------------------------------------------------------


def _name_matches(words: str) -> Q:
    """Every word in the display name, first or last name, or username."""
    condition = Q()
    for word in words.split()[:NAME_MAX_WORDS]:
        condition &= (
            Q(profile__display_name__icontains=word)
            | Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(username__icontains=word)
        )
    return condition


# Site roles are the groups' names, team roles the memberships' values: the
# two sets never share a value, so one facet offers both.
SITE_ROLES = [(role.value, role.label) for role in SiteRole]
TEAM_ROLES = list(Membership.Role.choices)


# Every filter over teams and roles is a subquery on the people's ids, not a
# join: each person is one row, so the results need no DISTINCT and their
# number is counted with the facets (70,000 accounts: see the benchmark).


def _on_teams(**where: object) -> Q:
    return Q(pk__in=Membership.objects.filter(**where).values("user"))


def _has_role(role: str) -> Q:
    if role in Membership.Role.values:
        return _on_teams(role=role)
    return Q(pk__in=Account.groups.through.objects.filter(group__name=role).values("user"))


def _places(selection: facets.Selection, tally: facets.Tally) -> QuerySet:
    """The states where someone among the results is, and the chosen one."""
    shown = {slug for slug, n in tally.items() if n} | {selection.values.get("state")}
    return Jurisdiction.objects.filter(slug__in=shown - {None}).values_list("slug", "name")


def _in_state(slug: str) -> Q:
    """Where they work, as on their profile, or the state of one of their teams."""
    return Q(profile__jurisdiction__slug=slug) | _on_teams(team__jurisdiction__slug=slug)


def _by_state(matching: QuerySet, selection: facets.Selection, facet: facets.Choices) -> dict:
    """People per state, each once although their profile and teams may name
    it several times: the (person, state) pairs of both, made distinct by a
    UNION, then counted in one query."""
    people = matching.order_by().values("pk")
    from_profile = (
        Profile.objects.filter(user__in=people, jurisdiction__isnull=False)
        .annotate(person=F("user_id"), place=F("jurisdiction__slug"))
        .values_list("person", "place")
        .order_by()  # SQLite allows no ORDER BY inside a UNION
    )
    from_teams = (
        Membership.objects.filter(user__in=people)
        .annotate(person=F("user_id"), place=F("team__jurisdiction__slug"))
        .values_list("person", "place")
        .order_by()
    )
    sql, params = from_profile.union(from_teams).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT place, COUNT(*) FROM ({sql}) pairs GROUP BY place", params)
        return dict(cursor.fetchall())


def _teams(selection: facets.Selection, tally: facets.Tally) -> QuerySet:
    """The teams of the results, and the chosen one, by name."""
    shown = {slug for slug, n in tally.items() if n} | {selection.values.get("team")}
    teams = Team.objects.filter(slug__in=shown - {None}).order_by("name")
    return teams.values_list("slug", "name")


# --- Counts: the costly part (a second at 70,000 people), the same for every
# member, so kept (kernel.fragments.kept_for) under a version that moves on
# whenever someone joins, leaves, changes team, role, state or profile
# (community.signals). The people shown are always read afresh.

VERSION_KEY = "people-directory-version"


def people_changed() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(VERSION_KEY, time.time_ns(), None)


def _kept_counts(selection: facets.Selection, compute: Callable[[], dict]) -> dict:
    version = cache.get(VERSION_KEY)
    if version is None:
        people_changed()
        version = cache.get(VERSION_KEY)
    if version is None:  # the cache is away: nothing can be kept
        return compute()
    filters = sorted((name, str(value)) for name, value in selection.values.items())
    return kept_for("people-facets", (version, filters), compute)


PEOPLE = facets.Listing(
    filters=(
        facets.Filter("q", read=facets.words(NAME_MAX_CHARS), where=_name_matches),
        facets.Choices(
            "role",
            _("Role"),
            _("Any role"),
            read=facets.one_of([value for value, _ in SITE_ROLES + TEAM_ROLES]),
            where=_has_role,
            options=SITE_ROLES + TEAM_ROLES,
            count=facets.summed(
                facets.linked(Membership, "user", "role", distinct=True),
                facets.linked(Account.groups.through, "user", "group__name"),
            ),
        ),
        facets.Choices(
            "team",
            _("Team"),
            _("Any team"),
            where=lambda slug: _on_teams(team__slug=slug),
            options=_teams,
            count=facets.linked(Membership, "user", "team__slug"),
        ),
        facets.Choices(
            "state",
            _("State or jurisdiction"),
            _("Anywhere"),
            where=_in_state,
            options=_places,
            count=_by_state,
        ),
        facets.Choices(
            "network",
            _("Learning network"),
            _("All networks"),
            where=lambda slug: _on_teams(team__networks__slug=slug),
            options=LearningNetwork.objects.values_list("slug", "name"),
            count=facets.linked(Membership, "user", "team__networks__slug", distinct=True),
        ),
    ),
    order=("sort_name", "pk"),
    select_related=("profile__jurisdiction",),
    prefetch_related=(
        Prefetch(
            "memberships",
            queryset=Membership.objects.select_related("team__jurisdiction")
            .prefetch_related("team__networks")
            .order_by("team__name"),
            to_attr="directory_memberships",
        ),
        Prefetch(
            "groups",
            queryset=Group.objects.filter(name__in=SiteRole.values),
            to_attr="directory_groups",
        ),
    ),
    per_page=PEOPLE_PER_PAGE,
    count_total=True,  # one row a person (see above), so no paginator COUNT
    keep=_kept_counts,
)


def members() -> QuerySet[Account]:
    """Everyone with an active account, whether on a team yet or not, with
    the name they are shown by to sort on."""
    full_name = Trim(Concat("first_name", Value(" "), "last_name"))
    shown_name = Coalesce(
        NullIf(Trim("profile__display_name"), Value("")),
        NullIf(full_name, Value("")),
        "username",
    )
    return Account.objects.filter(is_active=True, profile__isnull=False).annotate(
        sort_name=Lower(shown_name)
    )


@dataclass
class Person:
    """One card: the account (its profile, teams and networks loaded), its
    site roles and what its teams work on that the viewer may see."""

    account: Account
    site_roles: list[StrOrPromise]
    networks: list[LearningNetwork]
    work: list[Work]


def _site_roles(account: Account) -> list[StrOrPromise]:
    names = {group.name for group in account.directory_groups}  # type: ignore[attr-defined]
    return [role.label for role in SiteRole if role.value in names]


def _networks(account: Account) -> list[LearningNetwork]:
    seen: dict[int, LearningNetwork] = {}
    for membership in _memberships(account):
        for network in membership.team.networks.all():
            seen.setdefault(network.pk, network)
    return sorted(seen.values(), key=lambda n: (n.sort_order, n.name))


def people_directory(viewer: AnyUser, params: QueryDict) -> dict:
    """The directory page's context for this viewer and query string."""
    found = PEOPLE.find(members(), params)
    page = found.page()
    accounts = list(page.object_list)
    work = _work_of(viewer, accounts)
    page.object_list = [
        Person(account, _site_roles(account), _networks(account), work.get(account.pk, []))
        for account in accounts
    ]
    return {
        "people": page,
        "query": found.selection.values.get("q", ""),
        **found.summary(page.paginator.count),
    }
