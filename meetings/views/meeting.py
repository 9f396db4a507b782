"""One meeting: scheduled ahead, its agenda filled by any member, its notes,
decisions and actions taken during it. Every form that fails shows the
meeting again with why, and stores nothing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kernel.standing import signed_in
from meetings import permissions, services
from meetings.forms import ActionForm, AgendaForm, MeetingForm, NotesForm, RolesForm
from meetings.models import ActionItem, Meeting
from meetings.views.workspace import seen_team


def _meeting(request: HttpRequest, team: str, pk: int, change: bool = False) -> Meeting:
    seen = seen_team(request, team)
    meeting = get_object_or_404(
        Meeting.objects.select_related("team", "facilitator__profile", "note_taker__profile"),
        pk=pk,
        team=seen,
    )
    allowed = permissions.can_change if change else permissions.can_view
    if not allowed(request.user, meeting):
        raise Http404("No such page.")
    return meeting


@login_required
def meeting_page(request: HttpRequest, team: str, pk: int, **forms) -> HttpResponse:
    meeting = _meeting(request, team, pk)
    works = permissions.can_change(request.user, meeting)
    context = {
        "meeting": meeting,
        "team": meeting.team,
        "works": works,
        "agenda": meeting.agenda.select_related("added_by__profile"),
        "carried": services.open_actions(meeting),
        "actions": meeting.actions.select_related("owner__profile", "team"),
        "versions": meeting.versions.count(),
        "errors": forms.pop("errors", []),
        "clash": forms.pop("clash", None),
        "today": timezone.localdate(),
    }
    if works:
        context |= {
            "agenda_form": forms.get("agenda_form") or AgendaForm(),
            "notes_form": forms.get("notes_form")
            or NotesForm(
                initial={
                    "notes": meeting.notes,
                    "decisions": meeting.decisions,
                    "version": meeting.notes_version,
                }
            ),
            "action_form": forms.get("action_form") or ActionForm(meeting.team),
            "roles_form": RolesForm(
                meeting.team,
                initial={"facilitator": meeting.facilitator, "note_taker": meeting.note_taker},
            ),
        }
    return render(request, "meetings/meeting.html", context)


@login_required
def new_meeting(request: HttpRequest, team: str) -> HttpResponse:
    seen = seen_team(request, team)
    if not permissions.works_in(request.user, seen.pk):
        raise Http404("No such page.")
    form = MeetingForm(request.POST or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.schedule_meeting(signed_in(request), seen, form.details())
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(request, _scheduled(meeting))
            return redirect(meeting.get_absolute_url())
    return render(
        request, "meetings/meeting_form.html", {"team": seen, "form": form, "errors": errors}
    )


def _scheduled(meeting: Meeting) -> str:
    if meeting.facilitator is None:
        return _("The meeting is scheduled. Set the team's rota to share out who runs it.")
    return _("The meeting is scheduled; the rota chose who facilitates and who takes notes.")


@login_required
@require_POST
def add_agenda_item(request: HttpRequest, team: str, pk: int) -> HttpResponse:
    meeting = _meeting(request, team, pk, change=True)
    form = AgendaForm(request.POST)
    if form.is_valid():
        try:
            services.add_to_agenda(signed_in(request), meeting, form.cleaned_data["text"])
        except ValidationError as error:
            return meeting_page(request, team, pk, agenda_form=form, errors=error.messages)
        return redirect(meeting.get_absolute_url() + "#agenda")
    return meeting_page(request, team, pk, agenda_form=form)


@login_required
@require_POST
def save_notes(request: HttpRequest, team: str, pk: int) -> HttpResponse:
    meeting = _meeting(request, team, pk, change=True)
    form = NotesForm(request.POST)
    if not form.is_valid():
        return meeting_page(request, team, pk, notes_form=form)
    data = form.cleaned_data
    try:
        saved = services.save_notes(
            signed_in(request), meeting, data["notes"], data["decisions"], data["version"]
        )
    except services.NotesClash as clash:
        # Their words stay in the form; the saved version is shown beside them.
        kept = NotesForm(
            initial={**data, "version": clash.meeting.notes_version},
        )
        return meeting_page(request, team, pk, notes_form=kept, clash=clash.meeting)
    except ValidationError as error:
        return meeting_page(request, team, pk, notes_form=form, errors=error.messages)
    if saved.merged:
        messages.info(request, _("Someone saved the notes meanwhile: both of your edits are in."))
    else:
        messages.success(request, _("The notes are saved."))
    return redirect(meeting.get_absolute_url() + "#notes")


@login_required
@require_POST
def add_action(request: HttpRequest, team: str, pk: int) -> HttpResponse:
    meeting = _meeting(request, team, pk, change=True)
    form = ActionForm(meeting.team, request.POST)
    if not form.is_valid():
        return meeting_page(request, team, pk, action_form=form)
    data = form.cleaned_data
    try:
        services.add_action(
            signed_in(request), meeting, data["text"], data["owner"], data["due_on"]
        )
    except ValidationError as error:
        return meeting_page(request, team, pk, action_form=form, errors=error.messages)
    return redirect(meeting.get_absolute_url() + "#actions")


@login_required
@require_POST
def change_roles(request: HttpRequest, team: str, pk: int) -> HttpResponse:
    meeting = _meeting(request, team, pk, change=True)
    form = RolesForm(meeting.team, request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Choose members of the team."))
        data = form.cleaned_data
        services.change_roles(signed_in(request), meeting, data["facilitator"], data["note_taker"])
    except ValidationError as error:
        return meeting_page(request, team, pk, errors=error.messages)
    messages.success(request, _("Who runs the meeting is changed."))
    return redirect(meeting.get_absolute_url())


@login_required
@require_POST
def mark_action(request: HttpRequest, team: str, pk: int) -> HttpResponse:
    action = get_object_or_404(
        ActionItem.objects.select_related("meeting__team"), pk=pk, team__slug=team
    )
    if not permissions.actions.can_change(request.user, action):
        raise Http404("No such page.")
    done = request.POST.get("done") == "on"
    services.mark_action(signed_in(request), action, done)
    if done:
        said = _("“%(action)s” is done.") % {"action": action.text}
    else:
        said = _("“%(action)s” is open again.") % {"action": action.text}
    messages.success(request, said)
    back = request.POST.get("back", "")
    if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)
    return redirect(action.meeting.get_absolute_url() + "#actions")
