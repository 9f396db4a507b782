"""A thread: its messages, the reply form, following, and moderation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods, require_POST

from forums import events, permissions
from forums.forms import MoveForm, ReplyForm, without_files_outside_teams
from forums.models import Reaction, Space, Thread, ThreadState
from forums.services.messages import post_message
from forums.services.notifications import mark_read, set_subscription
from forums.services.presence import present_people
from forums.services.threads import moderate_thread, move_thread
from forums.views.spaces import explains_closed_team_spaces, readable_space

THREAD_PAGE = 200  # messages shown at once; earlier ones a link away


def visible_thread(request: HttpRequest, slug: str, pk: int) -> Thread:
    space = readable_space(request, slug)
    thread = Thread.objects.filter(pk=pk, space=space).select_related("space").first()
    if thread is None or not permissions.can_see_thread(request.user, thread):
        raise Http404("No such thread.")
    return thread


def _move_form(user, space: Space, data=None) -> MoveForm:
    """Moving is offered only to the other spaces this person moderates."""
    targets = permissions.moderated_spaces(user).exclude(pk=space.pk).order_by("name")
    return MoveForm(data, spaces=targets)


@login_required
@require_http_methods(["GET", "POST"])
@explains_closed_team_spaces
def thread_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    thread = visible_thread(request, slug, pk)
    form = without_files_outside_teams(
        ReplyForm(request.POST or None, request.FILES or None), thread.space
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            message, _ = post_message(
                request.user,
                thread,
                data["body"],
                client_id=data.get("client_id"),
                files=data.get("files", []),
            )
        except ValidationError as error:
            form.add_error(None, error)
        except PermissionDenied as error:
            messages.error(request, str(error))
            return redirect(thread)
        else:
            return redirect(message.get_absolute_url())
    return _render_thread(request, thread, form)


def _render_thread(request: HttpRequest, thread: Thread, form: ReplyForm) -> HttpResponse:
    """The thread as this person sees it. Reads only: the read position
    moves by `read` (a POST), which the page's script sends once the
    thread is on screen."""
    user, space = request.user, thread.space
    before = request.GET.get("before", "")
    shown = thread.messages.order_by("-sequence")
    if before.isascii() and before.isdigit():
        shown = shown.filter(sequence__lt=int(before))
    latest = events.with_details(shown[: THREAD_PAGE + 1])
    earlier = latest[THREAD_PAGE].sequence + 1 if len(latest) > THREAD_PAGE else None
    chosen = latest[:THREAD_PAGE][::-1]
    cards = events.cards_for(chosen)  # the same cards live and catch-up events carry
    for message in chosen:
        message.card_list = cards[message.pk]
    moderator = permissions.can_moderate(user, space)
    state = ThreadState.objects.filter(user=user, thread=thread).first()
    last_read = state.last_read_sequence if state else 0
    first_unread = next(
        (m.pk for m in chosen if m.sequence > last_read and m.author_id != user.pk), None
    )
    return render(
        request,
        "forums/thread.html",
        {
            "space": space,
            "thread": thread,
            "messages_shown": chosen,
            "earlier": earlier,
            "form": form,
            "can_post": permissions.can_post(user, thread),
            "moderator": moderator,
            "subscription": state.subscription if state else "",
            "first_unread": first_unread,
            "last_shown": chosen[-1].sequence if chosen else 0,
            "move_form": _move_form(user, space) if moderator else None,
            "emoji": Reaction.Emoji.choices,
            "people": present_people(space),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def read(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The person has read the thread up to message number `up_to` (all of
    it when absent). The page's script posts this when the thread is shown
    and as new messages arrive in view; without script, a button does."""
    thread = visible_thread(request, slug, pk)
    up_to = request.POST.get("up_to", "")
    position = mark_read(
        request.user, thread, int(up_to) if up_to.isascii() and up_to.isdigit() else None
    )
    if request.headers.get("Accept", "").startswith("application/json"):
        return JsonResponse({"ok": True, "last_read": position})
    return redirect(thread)


@login_required
@require_POST
def subscription(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    thread = visible_thread(request, slug, pk)
    try:
        set_subscription(request.user, thread, request.POST.get("subscription", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(thread)


@login_required
@require_POST
def moderate(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    thread = visible_thread(request, slug, pk)
    action = request.POST.get("action", "")
    flags = {
        "pin": ({"pinned": True}, gettext("Pinned to the top of the space.")),
        "unpin": ({"pinned": False}, gettext("No longer pinned.")),
        "lock": ({"locked": True}, gettext("Locked: only moderators can post now.")),
        "unlock": ({"locked": False}, gettext("Unlocked: members can reply again.")),
        "hide": ({"hidden": True}, gettext("Hidden from everyone but moderators.")),
        "unhide": ({"hidden": False}, gettext("Visible to the space again.")),
    }
    if action in flags:
        changes, done = flags[action]
        moderate_thread(request.user, thread, **changes)
        messages.success(request, done)
        return redirect(thread)
    if action == "move":
        form = _move_form(request.user, thread.space, request.POST)
        if form.is_valid():
            move_thread(request.user, thread, form.cleaned_data["to"])
            messages.success(request, gettext("Moved to %(space)s.") % {"space": thread.space.name})
            return redirect(thread)
    messages.error(request, gettext("That moderation action is not known."))
    return redirect(thread)
