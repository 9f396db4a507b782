"""What the toolkit adds to pages other apps draw: the home page's newest
case studies, those the viewer may open (the page policy)."""

from typing import Any

from kernel.page_languages import in_reading_language
from kernel.page_policy import pages
from kernel.standing import AnyUser
from toolkit.models import CaseStudyPage

HOME_CASE_STUDIES = 3


def recent_case_studies(user: AnyUser) -> dict[str, Any]:
    studies = in_reading_language(CaseStudyPage.objects.all())
    newest = pages.view_objects(user, studies).select_related("jurisdiction")
    return {
        "recent_case_studies": list(
            newest.order_by("-first_published_at", "-pk")[:HOME_CASE_STUDIES]
        )
    }
