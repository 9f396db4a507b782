"""Who may register for a webinar and see its join link, who is emailed
about it, and the policies (kernel.policies) of the webinar archive's
private rows: registrations (whom a person registered for; who registered
for a webinar) and calendar keys."""

from collections.abc import Iterable

from django.db.models import Q, QuerySet

from kernel.page_policy import pages
from kernel.policies import AccessPolicy
from kernel.roles import SiteRole
from kernel.standing import Account, AnyUser, has_site_role
from webinars.models import CalendarKey, Registration, WebinarPage

# Besides its presenters, who sees every webinar's registrations.
ORGANISER_ROLES = (SiteRole.FACILITATOR, SiteRole.EDITOR)


def can_register(user: AnyUser, webinar: WebinarPage) -> bool:
    """A signed-in member who may open the page (`kernel.page_policy`),
    until it starts: registering emails them the join link."""
    return (
        user.is_authenticated
        and user.is_active
        and webinar.live
        and webinar.current_state == WebinarPage.State.UPCOMING
        and pages.can_view(user, webinar)
    )


def is_presenter(user: AnyUser, webinar: WebinarPage) -> bool:
    # Iterated rather than filtered: in a preview, presenters are unsaved relations.
    return user.is_authenticated and any(
        person.user_id == user.pk for person in webinar.presenters.all()
    )


def _organises(user: AnyUser) -> bool:
    return any(has_site_role(user, role) for role in ORGANISER_ROLES)


def can_see_registrations(user: AnyUser, webinar: WebinarPage) -> bool:
    """Its presenters, facilitators, editors and administrators."""
    return user.is_authenticated and (is_presenter(user, webinar) or _organises(user))


def is_registered(user: AnyUser, webinar: WebinarPage) -> bool:
    """The person holds a place (not cancelled) at this webinar."""
    if not (user.is_authenticated and user.is_active):
        return False
    mine = registrations.view_objects(user).filter(user=user, webinar=webinar)
    return mine.filter(cancelled_at__isnull=True).exists()


def can_see_join_link(user: AnyUser, webinar: WebinarPage, registered: bool | None = None) -> bool:
    """The meeting link is for the people registered who may still open the
    page and for those who run the webinar (who see its registrations);
    `registered` when the caller already knows it. Everyone else, visitors
    included, gets the page's address instead: a link posted in public
    draws strangers into the call."""
    if not (user.is_authenticated and user.is_active):
        return False
    if registered is None:
        registered = is_registered(user, webinar)
    # A place taken before the webinar was made private gives nothing to a
    # person it now shuts out; those who run it see it (in a preview too).
    if registered and pages.can_view(user, webinar):
        return True
    return can_see_registrations(user, webinar)


def standing_registrations(found: QuerySet[Registration]) -> QuerySet[Registration]:
    """Of these, the registrations whose person is still told about the
    webinar: not cancelled, an active account, a live page. Narrow further
    with `may_be_told` once read."""
    return found.filter(cancelled_at__isnull=True, user__is_active=True, webinar__live=True)


def may_be_told(found: Iterable[Registration]) -> list[Registration]:
    """Those of these registrations (read through `standing_registrations`,
    with their user and webinar) whose person may still open the webinar's
    page: a webinar made private since is told to nobody it shuts out. A
    fixed number of queries however many."""
    found = [r for r in found if r.cancelled_at is None and r.user.is_active]
    allowed = pages.can_view_each([(r.user, r.webinar) for r in found])
    return [registration for registration, ok in zip(found, allowed, strict=True) if ok]


def can_see_engagement(user: AnyUser, webinar: WebinarPage) -> bool:
    return user.is_authenticated and webinar.permissions_for_user(user).can_edit()


class RegistrationPolicy(AccessPolicy[Registration]):
    """A registration is seen by the person who registered and by those who
    see the webinar's registrations (`can_see_registrations`)."""

    model = Registration

    def can_view(self, user: AnyUser, registration: Registration) -> bool:
        if not (user.is_authenticated and user.is_active):
            return False
        return registration.user_id == user.pk or can_see_registrations(user, registration.webinar)

    def view_objects(self, user: AnyUser) -> QuerySet[Registration]:
        if not (user.is_authenticated and user.is_active):
            return Registration.objects.none()
        if _organises(user):
            return Registration.objects.all()
        # A subquery, not a join: joined to its presenters, one registration
        # would come back once per presenter.
        presented = WebinarPage.objects.filter(presenters__user=user).values("pk")
        return Registration.objects.filter(Q(user=user) | Q(webinar__in=presented))

    def view_people(self, registration: Registration) -> QuerySet[Account]:
        organisers = Q(is_superuser=True) | Q(groups__name__in=[r.value for r in ORGANISER_ROLES])
        presenters = Q(presenter__webinars=registration.webinar_id)
        own = Q(pk=registration.user_id)
        return self.accounts().filter(organisers | presenters | own).distinct()


class CalendarKeyPolicy(AccessPolicy[CalendarKey]):
    """A calendar key, and the personal feed it opens, is its owner's alone
    (the feed's link carries it, so whoever holds the link reads the feed)."""

    model = CalendarKey

    def can_view(self, user: AnyUser, key: CalendarKey) -> bool:
        return user.is_authenticated and user.is_active and key.user_id == user.pk

    def view_objects(self, user: AnyUser) -> QuerySet[CalendarKey]:
        if not (user.is_authenticated and user.is_active):
            return CalendarKey.objects.none()
        return CalendarKey.objects.filter(user=user)

    def view_people(self, key: CalendarKey) -> QuerySet[Account]:
        return self.accounts().filter(pk=key.user_id)


registrations = RegistrationPolicy()
calendar_keys = CalendarKeyPolicy()
