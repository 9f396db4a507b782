"""Who may register for a webinar and who sees who registered."""

from collaboratory.roles import SiteRole
from collaboratory.standing import AnyUser, has_site_role
from webinars.models import WebinarPage


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


def can_see_registrations(user: AnyUser, webinar: WebinarPage) -> bool:
    """Its presenters, facilitators, editors and administrators."""
    return user.is_authenticated and (
        is_presenter(user, webinar)
        or has_site_role(user, SiteRole.FACILITATOR)
        or has_site_role(user, SiteRole.EDITOR)
    )


def can_see_engagement(user: AnyUser, webinar: WebinarPage) -> bool:
    return user.is_authenticated and webinar.permissions_for_user(user).can_edit()
