"""The team's workspace page and its rota: for the team and its coaches."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.models import Team
from forums.services.spaces import team_space
from kernel.standing import signed_in
from measures import permissions as measure_permissions
from meetings import permissions, queries, services
from meetings.forms import MeetingForm, RotaForm
from meetings.models import ReminderChoice, RotaPlace
from pdsa import queries as cycle_queries
from resources import permissions as resource_permissions
from webinars.calendar import feed_token


def seen_team(request: HttpRequest, slug: str) -> Team:
    team = get_object_or_404(Team.objects.select_related("jurisdiction"), slug=slug)
    if not permissions.sees_team(request.user, team.pk):
        raise Http404("No such page.")
    return team


@login_required
def workspace(request: HttpRequest, team: str) -> HttpResponse:
    seen = seen_team(request, team)
    works = permissions.works_in(request.user, seen.pk)
    meetings = queries.meetings_of(request.user, seen)
    now = timezone.now()
    ramps = cycle_queries.ramps(cycle_queries.team_cycles(request.user, seen))
    context = {
        "team": seen,
        "works": works,
        "upcoming": list(queries.upcoming(request.user, seen)[:4]),
        "past": list(meetings.filter(starts_at__lt=now).order_by("-starts_at")[:6]),
        "actions": [a for a in queries.team_actions(request.user, seen) if a.done_at is None],
        "rota": services.current_rota(seen),
        "ramps": [ramp for ramp in ramps if cycle_queries.is_active(ramp)],
        "tracked": measure_permissions.tracked_measures.view_objects(request.user)
        .filter(team=seen)
        .select_related("measure"),
        "space": team_space(seen),
        "collections": resource_permissions.visible_collections(request.user).filter(team=seen),
        "meeting_form": MeetingForm() if works else None,
        "reminded": ReminderChoice.objects.filter(team=seen, user=request.user.pk).exists(),
        "feed_token": feed_token(signed_in(request)),
        "today": timezone.localdate(),
    }
    return render(request, "meetings/workspace.html", context)


@login_required
def rota(request: HttpRequest, team: str) -> HttpResponse:
    seen = seen_team(request, team)
    if not permissions.works_in(request.user, seen.pk):
        raise Http404("No such page.")
    current = {
        f"turn_{place.position}": place.user_id for place in RotaPlace.objects.filter(team=seen)
    }
    form = RotaForm(seen, request.POST or None, initial=current)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            services.set_rota(signed_in(request), seen, form.people())
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(request, _("The rota is saved: the next meeting takes the next turn."))
            return redirect("meetings:workspace", team=seen.slug)
    return render(request, "meetings/rota.html", {"team": seen, "form": form, "errors": errors})


@login_required
@require_POST
def reminders(request: HttpRequest, team: str) -> HttpResponse:
    seen = seen_team(request, team)
    if not permissions.works_in(request.user, seen.pk):
        raise Http404("No such page.")
    wanted = request.POST.get("wanted") == "on"
    services.choose_reminders(signed_in(request), seen, wanted)
    if wanted:
        said = _("You will get an email with the agenda the day before each meeting.")
    else:
        said = _("You will no longer get an email with the agenda the day before each meeting.")
    messages.success(request, said)
    return redirect("meetings:workspace", team=seen.slug)


@login_required
def my_actions(request: HttpRequest) -> HttpResponse:
    """The signed-in member's open actions across their teams."""
    actions = queries.my_open_actions(request.user).select_related("owner__profile")
    actions = sorted(actions, key=lambda action: (action.team.name, action.due_on, action.pk))
    context = {"actions": actions, "today": timezone.localdate()}
    return render(request, "meetings/my_actions.html", context)
