"""Changing one message: edit, delete, hide, react, and its edit history."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from forums import permissions
from forums.forms import EditForm
from forums.models import Message
from forums.services import messages as writes


def _message(request: HttpRequest, pk: int) -> Message:
    message = Message.objects.filter(pk=pk).select_related("thread__space", "space").first()
    if message is None or not permissions.can_see_thread(request.user, message.thread):
        raise Http404("No such message.")
    return message


def _back(request: HttpRequest, message: Message) -> HttpResponse:
    if request.headers.get("Accept", "").startswith("application/json"):
        return JsonResponse({"ok": True, "seq": message.changed_sequence})
    return redirect(message.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    if not permissions.can_edit(request.user, message):
        raise PermissionDenied("Only the author can edit this message.")
    form = EditForm(request.POST or None, initial={"body": message.body})
    if request.method == "POST" and form.is_valid():
        try:
            writes.edit_message(request.user, message, form.cleaned_data["body"])
        except ValidationError as error:
            form.add_error("body", error)
        else:
            return redirect(message.get_absolute_url())
    return render(request, "forums/message_edit.html", {"message": message, "form": form})


@login_required
@require_POST
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    writes.delete_message(request.user, message)
    messages.success(request, _("Message deleted."))
    return _back(request, message)


@login_required
@require_POST
def hide(request: HttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    writes.set_hidden(request.user, message, hidden=request.POST.get("hidden") != "0")
    return _back(request, message)


@login_required
@require_POST
def react(request: HttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    try:
        writes.toggle_reaction(request.user, message, request.POST.get("emoji", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return _back(request, message)


@login_required
def history(request: HttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    if not permissions.can_moderate(request.user, message.space):
        raise PermissionDenied("Only moderators see earlier versions.")
    return render(
        request,
        "forums/message_history.html",
        {"message": message, "edits": message.edits.select_related("edited_by__profile")},
    )
