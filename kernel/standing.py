"""A person's standing in the community: the teams they belong to, lead and
coach, the states and networks of those teams, and their site roles.

Every permission check (library, discussions, webinars, search) reads it, so
a signed-in page asks for it many times. It is read from the database once,
kept on the user object for the rest of the request, and shared between
requests and processes through the cache. Whatever changes it (a membership,
a role, a coach, a team's state or networks, the account itself) forgets it
at once and again after commit (`community.signals`), so the next request
reads it afresh: each person's standing is kept under a generation that a
change renews, so even a request that read the rows just before the change
and stores them just after stores them under a generation nobody reads. The
entry also expires by itself within five minutes: the bound on what a cache
outage hid, and the delay before a group's new admin permissions show as
the header's Admin link."""

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser, User
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db import transaction
from django.http import HttpRequest

from kernel.roles import SiteRole

# An account: settings.AUTH_USER_MODEL is Django's own User. What a service
# writes as an author, owner or member, and what `request.user` is once signed in.
Account = User
# Anyone a page, socket or policy may be asked about, signed in or not.
AnyUser = Account | AnonymousUser
CACHE_SECONDS = 300
_ON_USER = "_standing"
_reader: "Callable[[Account], Standing] | None" = None


@dataclass(frozen=True)
class Standing:
    team_ids: frozenset[int]
    led_team_ids: frozenset[int]
    coached_team_ids: frozenset[int]
    jurisdiction_ids: frozenset[int]
    network_ids: frozenset[int]
    roles: frozenset[str]
    superuser: bool
    uses_admin: bool = False  # the header links to the Wagtail admin
    # Teams whose data this person enters: those they lead or are data lead of.
    data_team_ids: frozenset[int] = frozenset()
    # Answers of forums.permissions.can_read by space id, for this request
    # only: a page asks the same question several times.
    readable: dict[int, bool] = field(default_factory=dict, compare=False, hash=False)
    # The generation this standing was read under, on the request's copy:
    # what is kept for the person (kernel/personal_pages.py) is keyed by it.
    generation: str | None = field(default=None, compare=False, hash=False)

    def has_role(self, role: SiteRole) -> bool:
        return self.superuser or role.value in self.roles

    @property
    def curates(self) -> bool:
        """Editors and facilitators curate the library and see every share."""
        return self.has_role(SiteRole.EDITOR) or self.has_role(SiteRole.FACILITATOR)


NOBODY = Standing(
    frozenset(), frozenset(), frozenset(), frozenset(), frozenset(), frozenset(), False
)


def _cache_keys(user: Account) -> tuple[str, str]:
    """(generation key, standing key). The moment the account was made,
    beside its id: a database restored or rebuilt under the same cache never
    meets an older account's standing."""
    joined = getattr(user, "date_joined", None)
    name = f"{user.pk}:{joined.timestamp() if joined else ''}"
    # "3": entries are pickled Standing objects; the class moved and grew
    # (collaboratory.standing -> kernel.standing); older ones are never read.
    return f"standing-generation:{name}", f"standing:3:{name}"


def register_reader(reader: Callable[[Account], Standing]) -> None:
    """The community app tells the kernel how a person's standing is read
    from its tables (community/standing.py), once, from its `ready()`."""
    global _reader
    _reader = reader


def _read(user: Account) -> Standing:
    if _reader is None:
        raise ImproperlyConfigured("No standing reader: is the community app installed?")
    return _reader(user)


def standing(user: AnyUser, *, fresh: bool = False) -> Standing:
    """The person's standing; `fresh=True` reads the database again (a
    long-lived socket that was told someone's access changed)."""
    if not user.is_authenticated or not user.is_active:
        return NOBODY
    kept: Standing | None = getattr(user, _ON_USER, None)
    if kept is not None and not fresh:
        return kept
    found = None if fresh else _kept(user)
    if found is None:
        generation = _generation(user)
        shared = _read(user)
        # Stored under the generation read *before* the rows: if a change
        # forgot this person meanwhile, the entry is already out of date.
        cache.set(_cache_keys(user)[1], (generation, shared), CACHE_SECONDS)
    else:
        generation, shared = found
    # Each request gets its own table of readable spaces; the account itself
    # was just loaded, so it speaks for being an administrator.
    result = Standing(
        **{
            **shared.__dict__,
            "readable": {},
            "superuser": user.is_superuser,
            "generation": generation,
        }
    )
    setattr(user, _ON_USER, result)
    return result


def _kept(user: Account) -> tuple[str, Standing] | None:
    """(generation, standing) from the cache, if the standing is of the
    person's current generation (one round trip for both)."""
    generation_key, standing_key = _cache_keys(user)
    found = cache.get_many([generation_key, standing_key])
    entry = found.get(standing_key)
    if entry is None or found.get(generation_key) is None or entry[0] != found[generation_key]:
        return None
    return entry[0], entry[1]


def _generation(user: Account) -> str | None:
    key = _cache_keys(user)[0]
    cache.add(key, uuid.uuid4().hex, None)
    generation: str | None = cache.get(key)
    return generation


def signed_in(request: HttpRequest) -> Account:
    """The account behind a view that requires one (`login_required`)."""
    user = request.user
    if not isinstance(user, Account) or not user.is_active:
        raise PermissionDenied("Sign in first.")
    return user


def has_site_role(user: AnyUser, role: SiteRole) -> bool:
    return standing(user).has_role(role)


def forget(users: Iterable[Account | int]) -> None:
    """Drop the kept standing of these users (objects or ids): a new
    generation each, now and once the change commits, so that nothing read
    before the change (even by a request that stores it afterwards) is used
    again."""
    accounts, ids = [], set()
    for user in users:
        if isinstance(user, Account):
            user.__dict__.pop(_ON_USER, None)
            accounts.append(user)
        else:
            ids.add(user)
    if ids:
        from django.contrib.auth import get_user_model

        accounts += get_user_model().objects.filter(pk__in=ids).only("pk", "date_joined")
    keys = [_cache_keys(account)[0] for account in accounts]
    if keys:
        _renew(keys)
        transaction.on_commit(lambda: _renew(keys))


def _renew(generation_keys: list[str]) -> None:
    cache.set_many({key: uuid.uuid4().hex for key in generation_keys}, None)
