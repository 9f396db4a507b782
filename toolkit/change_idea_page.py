"""What other apps add to a change idea's page, per viewer (the teams
testing it, as this person may see them). Each registers a function of the
viewer and the page; the toolkit imports none of them. The page's kept body
is everyone's, so these parts are drawn beside it, never inside."""

from kernel.page_parts import PageParts
from kernel.standing import AnyUser

_change_idea_page: PageParts[[AnyUser, object]] = PageParts()
register = _change_idea_page.register
context_for = _change_idea_page.context_for
