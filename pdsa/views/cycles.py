"""A team's PDSA cycles: its ramps, one cycle with its chart, and the forms
that record, change, share and delete them. Every view asks the cycle
policy; a cycle someone may not see is a page that does not exist."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.models import Team
from kernel.facets import whole_number
from kernel.standing import signed_in
from measures import charts
from measures import permissions as measure_permissions
from pdsa import permissions, queries, services
from pdsa.forms import CycleForm, ShareForm, TalkForm
from pdsa.models import Cycle
from resources import permissions as resource_permissions


def _team(slug: str) -> Team:
    return get_object_or_404(Team.objects.select_related("jurisdiction"), slug=slug)


def _seen(request: HttpRequest, team: Team, pk: int) -> Cycle:
    cycle = get_object_or_404(
        Cycle.objects.select_related("team__jurisdiction", "change_idea", "follows", "measure"),
        pk=pk,
        team=team,
    )
    if not permissions.can_view(request.user, cycle):
        raise Http404("No such page.")
    return cycle


def _changeable(request: HttpRequest, team: str, pk: int) -> Cycle:
    cycle = _seen(request, _team(team), pk)
    if not permissions.can_change(request.user, cycle):
        raise Http404("No such page.")
    return cycle


@login_required
def cycle_list(request: HttpRequest, team: str) -> HttpResponse:
    seen = _team(team)
    cycles = queries.team_cycles(request.user, seen)
    records = permissions.records_for(request.user, seen.pk)
    if not cycles and not records and not permissions.sees_team_cycles(request.user, seen.pk):
        raise Http404("No such page.")
    ramps = queries.ramps(cycles)
    return render(
        request,
        "pdsa/cycle_list.html",
        {
            "team": seen,
            "active": [ramp for ramp in ramps if queries.is_active(ramp)],
            "finished": [ramp for ramp in ramps if not queries.is_active(ramp)],
            "records": records,
            "sees_all": permissions.sees_team_cycles(request.user, seen.pk),
        },
    )


@login_required
def cycle_detail(request: HttpRequest, team: str, pk: int) -> HttpResponse:
    cycle = _seen(request, _team(team), pk)
    changes = permissions.can_change(request.user, cycle)
    context = {
        "cycle": cycle,
        "team": cycle.team,
        "ramp": queries.ramp(cycle, queries.seen_cycles(request.user)),
        "next_cycles": queries.seen_cycles(request.user).filter(follows=cycle),
        "files": _files(request, cycle),
        "changes": changes,
        "chart": _chart(request, cycle),
        "peers": queries.peer_teams(request.user, cycle),
    }
    if changes:
        context["share_form"] = ShareForm(initial={"sharing": cycle.sharing})
        context["talk_form"] = _talk_form(cycle, context["peers"])
    return render(request, "pdsa/cycle.html", context)


def _files(request: HttpRequest, cycle: Cycle) -> list:
    """The cycle's files this person may open (they are the team's own)."""
    return list(resource_permissions.visible_resources(request.user, cycle.attachments.all()))


def _chart(request: HttpRequest, cycle: Cycle) -> dict | None:
    """The run chart of the measure the cycle watches, for those who see the
    team's data (its members and coaches): others see the cycle only."""
    tracked = cycle.measure
    if tracked is None or not measure_permissions.sees_team_data(request.user, cycle.team_id):
        return None
    found = charts.team_series(request.user, cycle.team, tracked.measure.slug)
    if found is None:
        return None
    drawn = charts.charts_for(tracked.measure, found[1], found[0])
    if not drawn.series:
        return {"measure": tracked.measure, "empty": True}
    return {
        "measure": tracked.measure,
        "run": charts.run_drawing(drawn),
        "findings": charts.run_findings(drawn),
        "notes": [(n, note) for n, (_i, note) in enumerate(charts.note_positions(drawn), 1)],
    }


def _talk_form(cycle: Cycle, peers: list[Team]) -> TalkForm | None:
    if not peers or cycle.change_idea is None:
        return None
    mentions = " ".join(f"@team-{team.slug}" for team in peers)
    # Translators: the first message of a discussion with the other teams
    # testing a change idea; %(mentions)s are their @-mentions.
    body = _(
        "%(mentions)s: we are testing “%(idea)s” too. Our latest cycle: %(url)s\n\n"
        "What have you learned so far, and what would you change?"
    ) % {
        "mentions": mentions,
        "idea": cycle.change_idea.title,
        "url": f"{settings.WAGTAILADMIN_BASE_URL}{cycle.get_absolute_url()}",
    }
    # Translators: the topic of that discussion; %(idea)s is the change idea.
    title = (_("Testing %(idea)s") % {"idea": cycle.change_idea.title})[:200]
    return TalkForm(cycle.team, initial={"title": title, "body": body})


@login_required
def new_cycle(request: HttpRequest, team: str) -> HttpResponse:
    seen = _team(team)
    if not permissions.records_for(request.user, seen.pk):
        raise Http404("No such page.")
    return _form_page(request, seen, None, _initial(request, seen))


def _initial(request: HttpRequest, team: Team) -> dict:
    """A next cycle starts from the one it follows: the same idea and measure."""
    initial = {"change_idea": request.GET.get("idea")}
    follows = whole_number(request.GET.get("follows"), low=1)
    previous = Cycle.objects.filter(team=team, pk=follows).first() if follows else None
    if previous is not None:
        initial |= {
            "follows": previous.pk,
            "change_idea": previous.change_idea_id,
            "own_idea": previous.own_idea,
            "measure": previous.measure_id,
        }
    return initial


@login_required
def edit_cycle(request: HttpRequest, team: str, pk: int) -> HttpResponse:
    cycle = _changeable(request, team, pk)
    return _form_page(request, cycle.team, cycle, CycleForm.initial_for(cycle))


def _form_page(
    request: HttpRequest, team: Team, cycle: Cycle | None, initial: dict
) -> HttpResponse:
    form = CycleForm(
        request.user,
        team,
        request.POST or None,
        request.FILES or None,
        cycle=cycle,
        initial=initial,
    )
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        user = signed_in(request)
        try:
            if cycle is None:
                saved = services.record_cycle(user, team, form.details())
            else:
                saved = services.change_cycle(user, cycle, form.details())
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(request, _("“%(title)s” is saved.") % {"title": saved.title})
            return redirect(saved.get_absolute_url())
    return render(
        request,
        "pdsa/cycle_form.html",
        {"team": team, "cycle": cycle, "form": form, "errors": errors},
    )


@login_required
@require_POST
def share_cycle(request: HttpRequest, team: str, pk: int) -> HttpResponse:
    cycle = _changeable(request, team, pk)
    form = ShareForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose who sees the cycle."))
        return redirect(cycle.get_absolute_url())
    services.share_cycle(signed_in(request), cycle, form.cleaned_data["sharing"])
    messages.success(
        request, _("Now seen by: %(who)s.") % {"who": cycle.get_sharing_display().lower()}
    )
    return redirect(cycle.get_absolute_url())


@login_required
@require_POST
def delete_cycle(request: HttpRequest, team: str, pk: int) -> HttpResponse:
    cycle = _changeable(request, team, pk)
    services.delete_cycle(signed_in(request), cycle)
    messages.success(request, _("“%(title)s” is deleted.") % {"title": cycle.title})
    return redirect("pdsa:cycles", team=cycle.team.slug)


@login_required
@require_POST
def talk_with_peers(request: HttpRequest, team: str, pk: int) -> HttpResponse:
    cycle = _changeable(request, team, pk)
    form = TalkForm(cycle.team, request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the discussion a network, a topic and a message."))
        return redirect(cycle.get_absolute_url() + "#peers")
    data = form.cleaned_data
    try:
        message = services.talk_with_peers(
            signed_in(request), cycle, data["network"], data["title"], data["body"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(cycle.get_absolute_url() + "#peers")
    return redirect(message.thread.get_absolute_url())
