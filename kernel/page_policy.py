"""Who may open a Wagtail page: the policy of `Page` and so of every page
type (kernel.policies finds a subclass's policy through its parents).

Wagtail's page privacy (the restrictions editors set in the admin), read for
a person rather than for a request: the page is live and every restriction on
it or above it lets the person through. A password-protected page is only
for superusers here: a password lives in one browser's session, which a
file's link, a feed or a notification does not carry."""

from collections.abc import Iterable, Sequence
from typing import Protocol

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from kernel.policies import AccessPolicy
from kernel.standing import Account, AnyUser


def _is_person(user: AnyUser) -> bool:
    return user.is_authenticated and user.is_active


def _lets_through(
    restriction: PageViewRestriction, user: AnyUser, groups: set[int] | None = None
) -> bool:
    """`groups`: the person's group ids when already read (else asked)."""
    kind = restriction.restriction_type
    if kind == PageViewRestriction.NONE:
        return True
    if not _is_person(user):
        return False
    if kind == PageViewRestriction.LOGIN:
        return True
    if kind == PageViewRestriction.GROUPS:
        if groups is not None:
            return any(group.pk in groups for group in restriction.groups.all())
        return bool(restriction.groups.filter(pk__in=user.groups.values("pk")).exists())
    return False  # a password


def _people_let_through(restriction: PageViewRestriction) -> Q:
    kind = restriction.restriction_type
    if kind in (PageViewRestriction.NONE, PageViewRestriction.LOGIN):
        return Q()
    if kind == PageViewRestriction.GROUPS:
        # A subquery each, so two group restrictions are two separate tests.
        members = AccessPolicy.accounts().filter(groups__in=restriction.groups.values("pk"))
        return Q(pk__in=members.values("pk"))
    return Q(pk__in=[])


class PagePolicy(AccessPolicy[Page]):
    model = Page

    def can_view(self, user: AnyUser, page: Page) -> bool:
        if not page.live:
            return False
        if _is_person(user) and user.is_superuser:
            return True
        return all(_lets_through(r, user) for r in page.get_view_restrictions())

    def can_view_each(self, pairs: Sequence[tuple[AnyUser, Page]]) -> list[bool]:
        """`can_view` for each (person, page) pair, in at most three queries
        however many pairs (the restrictions, their groups, the people's
        groups): for emails to many people about many pages."""
        restrictions = list(
            PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        )
        groups: dict[int, set[int]] = {}
        if any(r.restriction_type == PageViewRestriction.GROUPS for r in restrictions):
            people = {int(user.pk) for user, _ in pairs if _is_person(user) and user.pk}
            links = get_user_model().groups.through.objects.filter(user_id__in=people)
            for user_id, group_id in links.values_list("user_id", "group_id"):
                groups.setdefault(user_id, set()).add(group_id)

        def can_view(user: AnyUser, page: Page) -> bool:
            if not page.live:
                return False
            if _is_person(user) and user.is_superuser:
                return True
            # A restriction covers its page and everything under it (treebeard paths).
            return all(
                _lets_through(r, user, groups.get(int(user.pk or 0), set()))
                for r in restrictions
                if page.path.startswith(r.page.path)
            )

        return [can_view(user, page) for user, page in pairs]

    def view_objects(self, user: AnyUser, queryset: PageQuerySet | None = None) -> PageQuerySet:
        """Pages this person may open; `queryset` narrows to a page type."""
        queryset = (queryset if queryset is not None else Page.objects.all()).live()
        if _is_person(user) and user.is_superuser:
            return queryset
        for restriction in PageViewRestriction.objects.select_related("page"):
            if not _lets_through(restriction, user):
                queryset = queryset.not_descendant_of(restriction.page, inclusive=True)
        return queryset

    def view_people(self, page: Page) -> QuerySet[Account]:
        if not page.live:
            return self.accounts().none()
        let_through = self.accounts()
        for restriction in page.get_view_restrictions():
            let_through = let_through.filter(_people_let_through(restriction))
        superusers = self.accounts().filter(is_superuser=True)
        return (let_through | superusers).distinct()


pages = PagePolicy()


class PageRelation(Protocol):
    """A page relation: a manager, or in a preview modelcluster's unsaved one."""

    def all(self) -> Iterable[Page]: ...


def visible(pages: PageRelation) -> PageQuerySet:
    """The live pages any visitor may open, from a page relation (saved or,
    in a preview, not yet saved), by title: what a page lists of the pages it
    links to (a webinar's change ideas, a case study's)."""
    ids = [page.pk for page in pages.all() if page.pk]
    return Page.objects.filter(pk__in=ids).live().public().specific().order_by("title")
