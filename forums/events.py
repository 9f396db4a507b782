"""What open tabs are sent: the same JSON for a live event, a catch-up after
reconnecting, and a poll when the socket is unavailable."""

from django.db.models import Prefetch, QuerySet
from django.template.loader import render_to_string
from django.utils.translation import gettext
from wagtail.models import Page

from forums import permissions
from forums.models import Message, Reaction, Space
from kernel.standing import Account, AnyUser
from resources.models import Resource, Visibility
from resources.permissions import visible_resources

CATCH_UP_LIMIT = 500


def person(user: Account | None) -> dict[str, str]:
    if user is None:
        return {"username": "", "name": gettext("A former member"), "url": ""}
    profile = user.profile
    return {"username": user.username, "name": profile.name, "url": profile.get_absolute_url()}


def _open_to_every_reader() -> QuerySet:
    """Library resources every reader of any space may open. Every reader is
    a signed-in member, so: published, not withdrawn, and public or for
    members. A team-only resource never gets a card, not even in its team's
    space, where the faculty who coach the team read but may not open it."""
    return Resource.objects.filter(
        live=True, withdrawn=False, visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS]
    )


def cards_for(messages: list[Message], viewer: AnyUser | None = None) -> dict[int, list[dict]]:
    """The cards each message shows for the links it holds: two queries for
    any number of messages.

    With no `viewer`, the one rule of the discussions (the thread page, live
    events and catch-up all use it): the cards every reader of the message
    may open, drawn once and alike for all, so a link to something private
    never shows its title to anyone. With a `viewer`, what that one person
    may open."""
    wanted = {"resource": set(), "page": set()}
    for message in messages:
        for card in message.cards:
            wanted.setdefault(card.get("kind"), set()).add(card.get("id"))
    if not (wanted["resource"] or wanted["page"]):
        return {m.pk: [] for m in messages}
    openable = _open_to_every_reader() if viewer is None else visible_resources(viewer)
    resources = {
        r.pk: {
            "kind": gettext("Resource"),
            "title": r.title,
            "url": r.get_absolute_url(),
            "text": r.summary,
        }
        for r in openable.filter(pk__in=wanted["resource"])
    }
    pages = {
        p.pk: {
            "kind": p.specific_class._meta.verbose_name.capitalize(),
            "title": p.title,
            "url": p.url,
            "text": p.search_description,
        }
        for p in Page.objects.live().public().filter(pk__in=wanted["page"])
    }
    found = {"resource": resources, "page": pages}
    return {
        m.pk: [
            found[c["kind"]][c["id"]]
            for c in m.cards
            if c.get("id") in found.get(c.get("kind"), {})
        ]
        for m in messages
    }


def with_details(messages) -> list[Message]:
    """Messages with what their rendering needs, in a fixed number of queries."""
    messages = list(
        messages.select_related("author__profile", "thread__space", "hidden_by").prefetch_related(
            Prefetch("attachments"),
        )
    )
    # Text, not lazy translations: the labels go out in JSON events.
    labels = {value: str(label) for value, label in Reaction.Emoji.choices}
    reactions: dict[int, dict[str, list[int]]] = {m.pk: {} for m in messages}
    rows = Reaction.objects.filter(message__in=reactions).order_by("pk")
    for message_id, emoji, user_id in rows.values_list("message", "emoji", "user"):
        reactions[message_id].setdefault(emoji, []).append(user_id)
    for message in messages:
        message.reaction_counts = [
            {"emoji": emoji, "label": labels.get(emoji, emoji), "count": len(users), "users": users}
            for emoji, users in reactions[message.pk].items()
        ]
    return messages


def render_message_html(
    message: Message, *, cards: list[dict], viewer=None, moderator: bool = False
) -> str:
    """The message as the thread page shows it. With no viewer (a broadcast
    to everyone in the space) the controls carry data that the page's script
    uses to show each reader only what they may do."""
    return render_to_string(
        "forums/includes/message.html",
        {
            "message": message,
            "cards": cards,
            "viewer": viewer,
            "moderator": moderator,
            "emoji": Reaction.Emoji.choices,
            "broadcast": viewer is None,
        },
    )


def message_event(
    message: Message, *, viewer=None, cards: list[dict] | None = None, moderator: bool = False
) -> dict:
    """One message in its current state. Hidden and deleted messages carry
    no text and no cards: a moderator reloads the thread to read a hidden
    one (a catch-up for a moderator carries both). `cards` defaults to the
    discussions' one rule (`cards_for`), so live and catch-up events agree."""
    if not hasattr(message, "reaction_counts"):
        message = with_details(Message.objects.filter(pk=message.pk))[0]
    if cards is None:
        cards = cards_for([message])[message.pk]
    shows_text = not message.is_deleted and (moderator or not message.is_hidden)
    thread = message.thread
    return {
        "type": "message",
        "seq": message.changed_sequence,
        "id": message.pk,
        "number": message.sequence,
        "client_id": str(message.client_id),
        "thread": {
            "id": thread.pk,
            "title": thread.title,
            "url": thread.get_absolute_url(),
            "hidden": thread.hidden,
        },
        "author": person(message.author),
        "author_id": message.author_id,
        "created_at": message.created_at.isoformat(),
        "edited": message.edited_at is not None,
        "deleted": message.is_deleted,
        "hidden": message.is_hidden,
        "reactions": message.reaction_counts,
        "cards": cards if shows_text else [],
        "html": render_message_html(message, cards=cards, viewer=viewer, moderator=moderator),
    }


def changes_since(user, space: Space, after: int, limit: int = CATCH_UP_LIMIT) -> dict:
    """Every message in `space` changed after number `after`, once each, in
    order, as `user` may see them. `more` says another call is needed.

    The space's number is read first: every change up to it has committed
    (a change holds the space's row until it commits), so the caller may
    skip straight to it when nothing more is waiting."""
    ceiling = Space.objects.filter(pk=space.pk).values_list("last_sequence", flat=True).get()
    messages = Message.objects.filter(
        space=space, changed_sequence__gt=after, changed_sequence__lte=ceiling
    )
    moderator = permissions.can_moderate(user, space)
    messages = messages.filter(permissions.threads.shown(moderator, "thread__"))
    batch = with_details(messages.order_by("changed_sequence")[: limit + 1])
    more = len(batch) > limit
    batch = batch[:limit]
    cards = cards_for(batch)  # the rule of live events: the same cards for every reader
    events = [message_event(m, viewer=user, cards=cards[m.pk], moderator=moderator) for m in batch]
    last = batch[-1].changed_sequence if more else max(after, ceiling)
    return {"events": events, "last": last, "more": more}
