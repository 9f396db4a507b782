"""What other apps add to a member's dashboard (My Collaboratory): each
registers a function of the signed-in member (the discussions: threads with
news, unread notifications); the dashboard's template shows each part."""

from kernel.page_parts import PageParts
from kernel.standing import AnyUser

_dashboard: PageParts[[AnyUser]] = PageParts()
register = _dashboard.register
context_for = _dashboard.context_for
