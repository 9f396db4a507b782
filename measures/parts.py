"""What the measures add to pages other apps draw: figures a member's teams
submitted lately, for the home page (kernel.home_page), through the team
data's policy."""

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from kernel.home_page import Activity
from kernel.standing import AnyUser
from measures.permissions import team_data


def team_activity(user: AnyUser, teams: frozenset[int], limit: int) -> list[Activity]:
    submitted = team_data.view_objects(user).filter(team_id__in=teams, submitted_at__isnull=False)
    return [
        Activity(
            entry.submitted_at or entry.updated_at,  # never None: filtered above
            entry.team.name,
            _("Figures submitted"),
            f"{entry.measure.name}, {date_format(entry.period, 'YEAR_MONTH_FORMAT')}",
            reverse("measures:chart", args=[entry.team.slug, entry.measure.slug]),
        )
        for entry in submitted.select_related("team", "measure").order_by("-submitted_at")[:limit]
    ]
