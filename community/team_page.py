"""What other apps add to a team's page: each registers a function of the
viewer and the team (the measures: a link to the team's charts for its
members and coaches)."""

from community.models import Team
from kernel.page_parts import PageParts
from kernel.standing import AnyUser

_team_page: PageParts[[AnyUser, Team]] = PageParts()
register = _team_page.register
context_for = _team_page.context_for
