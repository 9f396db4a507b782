"""Who may register for a webinar, and the policies (kernel.policies)
of the webinar archive's private rows: registrations (whom a person
registered for; who registered for a webinar) and calendar keys."""

from django.db.models import Q, QuerySet

from kernel.policies import AccessPolicy
from kernel.roles import SiteRole
from kernel.standing import Account, AnyUser, has_site_role
from webinars.models import CalendarKey, Registration, WebinarPage

# Besides its presenters, who sees every webinar's registrations.
ORGANISER_ROLES = (SiteRole.FACILITATOR, SiteRole.EDITOR)


def can_register(user: AnyUser, webinar: WebinarPage) -> bool:
    return (
        user.is_authenticated
        and user.is_active
        and webinar.live
        and webinar.current_state == WebinarPage.State.UPCOMING
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
