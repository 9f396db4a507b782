"""/api/discussions/: the spaces a member reads, their changes since a
number (what a page polls when its websocket is unavailable), and posting."""

import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from ninja import Router, Schema, Status
from ninja.security import SessionAuth

from forums import events, permissions, reading
from forums.models import Space, Thread
from forums.services.messages import post_message
from kernel.api_auth import ThrottledBearerAuth

router = Router(tags=["discussions"])
READ_AUTH = [ThrottledBearerAuth(), SessionAuth(csrf=False)]
WRITE_AUTH = [ThrottledBearerAuth(), SessionAuth(csrf=True)]


class SpaceOut(Schema):
    slug: str
    name: str
    kind: str
    url: str
    unread: int
    last_sequence: int


class ChangesOut(Schema):
    events: list[dict]
    last: int
    more: bool


class PostIn(Schema):
    body: str
    client_id: uuid.UUID


class PostedOut(Schema):
    id: int
    seq: int
    url: str
    created: bool


class ErrorOut(Schema):
    detail: str


def _space(request, slug: str) -> Space:
    space = Space.objects.filter(slug=slug).first()
    if space is None or not permissions.can_read(request.user, space):
        raise Http404("No such discussion space.")
    return space


@router.get("/spaces/", response=list[SpaceOut], auth=READ_AUTH, summary="Spaces you can read")
def list_spaces(request):
    spaces = list(permissions.readable_spaces(request.user).order_by("kind", "name"))
    unread = reading.unread_by_space(request.user, spaces)
    return [
        {
            "slug": s.slug,
            "name": s.name,
            "kind": s.kind,
            "url": s.get_absolute_url(),
            "unread": unread.get(s.pk, 0),
            "last_sequence": s.last_sequence,
        }
        for s in spaces
    ]


@router.get(
    "/spaces/{slug}/changes/",
    response=ChangesOut,
    auth=READ_AUTH,
    summary="Messages changed after a sequence number",
)
def changes(request, slug: str, after: int = 0):
    """Each message posted, edited, deleted or reacted to after `after`, once,
    in order. Call again with `last` while `more` is true."""
    return events.changes_since(request.user, _space(request, slug), max(after, 0))


@router.post(
    "/spaces/{slug}/threads/{int:thread_id}/messages/",
    response={201: PostedOut, 200: PostedOut, 400: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    auth=WRITE_AUTH,
    summary="Post a reply",
)
def post(request, slug: str, thread_id: int, data: PostIn):
    """Sending the same `client_id` twice stores one message (200 the second time)."""
    space = _space(request, slug)
    thread = Thread.objects.filter(pk=thread_id, space=space).first()
    if thread is None or not permissions.can_see_thread(request.user, thread):
        return Status(404, {"detail": "No such thread."})
    try:
        message, created = post_message(request.user, thread, data.body, client_id=data.client_id)
    except ValidationError as error:
        return Status(400, {"detail": " ".join(error.messages)})
    except PermissionDenied as error:
        return Status(403, {"detail": str(error)})
    out = {
        "id": message.pk,
        "seq": message.changed_sequence,
        "url": message.get_absolute_url(),
        "created": created,
    }
    return Status(201 if created else 200, out)
