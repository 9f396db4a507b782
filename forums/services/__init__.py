"""Every write in the discussions, one module per kind of action:

- `messages`: send a reply, edit, delete, hide, react (and the limits and
  sequence numbers every write shares);
- `threads`: start, pin, lock, hide, move;
- `spaces`: the standard spaces and working groups;
- `notifications`: read positions, following, notices;
- `presence`: who has a socket open where.

Each checks permission, saves, takes its space's next sequence number, and
leaves the broadcast to `forums.realtime`, which builds and sends it after
the commit. Code in `forums` imports the action modules; the names below
are the package's public face for the rest of the project (the demo data,
search, the benchmark and other apps' tests)."""

from forums.services.messages import (
    delete_message,
    edit_message,
    post_message,
    set_hidden,
    toggle_reaction,
)
from forums.services.notifications import mark_read, set_subscription
from forums.services.spaces import (
    collaborative_space,
    create_group,
    ensure_standard_spaces,
    jurisdiction_space,
    network_space,
    team_space,
)
from forums.services.threads import moderate_thread, move_thread, start_thread

__all__ = [
    "collaborative_space",
    "create_group",
    "delete_message",
    "edit_message",
    "ensure_standard_spaces",
    "jurisdiction_space",
    "mark_read",
    "moderate_thread",
    "move_thread",
    "network_space",
    "post_message",
    "set_hidden",
    "set_subscription",
    "start_thread",
    "team_space",
    "toggle_reaction",
]
