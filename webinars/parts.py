"""What the webinar archive adds to pages other apps draw: the home page's
next webinars, those the viewer may open (the page policy)."""

from typing import Any

from django.utils import timezone

from kernel.page_policy import pages
from kernel.standing import AnyUser
from webinars.models import WebinarPage

HOME_WEBINARS = 3


def next_webinars(user: AnyUser) -> dict[str, Any]:
    upcoming = pages.view_objects(user, WebinarPage.objects.all()).filter(
        starts_at__gte=timezone.now()
    )
    return {"next_webinars": list(upcoming.order_by("starts_at")[:HOME_WEBINARS])}
