"""Learning networks, jurisdictions, teams and people, and asking to join a team."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, Count, Prefetch, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community import directory, permissions, services, team_page
from community.forms import DecisionForm, JoinRequestForm
from community.models import JoinRequest, Jurisdiction, LearningNetwork, Membership, Team
from kernel.page_languages import in_reading_language
from kernel.roles import site_roles_of

User = get_user_model()
TEAMS_PER_PAGE = 24


def leads_first() -> Case:
    return Case(When(role=Membership.Role.LEAD, then=Value(0)), default=Value(1))


def _teams_with_networks():
    # Aggregating queries ignore Meta.ordering, so the order is spelled out.
    return (
        Team.objects.select_related("jurisdiction")
        .prefetch_related("networks")
        .annotate(member_count=Count("memberships", distinct=True))
        .order_by("jurisdiction__name", "name", "pk")
    )


def network_list(request: HttpRequest) -> HttpResponse:
    networks = LearningNetwork.objects.annotate(team_count=Count("teams", distinct=True))
    return render(request, "core/network_list.html", {"networks": networks})


def network_detail(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_object_or_404(LearningNetwork, slug=slug)
    teams = _teams_with_networks().filter(networks=network)
    return render(
        request,
        "core/learning_network.html",
        {
            "network": network,
            # The network's strategy area in the toolkit, in the reader's language.
            "strategy_area": in_reading_language(network.strategy_areas.live()).first(),
            "teams": teams,
            "jurisdiction_count": teams.values("jurisdiction").distinct().count(),
        },
    )


def jurisdiction_list(request: HttpRequest) -> HttpResponse:
    jurisdictions = Jurisdiction.objects.annotate(team_count=Count("teams"))
    regions: dict[int, list[Jurisdiction]] = {}
    for jurisdiction in jurisdictions.order_by("hhs_region", "name"):
        regions.setdefault(jurisdiction.hhs_region, []).append(jurisdiction)
    return render(request, "core/jurisdiction_list.html", {"regions": sorted(regions.items())})


def jurisdiction_detail(request: HttpRequest, slug: str) -> HttpResponse:
    jurisdiction = get_object_or_404(Jurisdiction, slug=slug)
    teams = _teams_with_networks().filter(jurisdiction=jurisdiction)
    return render(request, "core/jurisdiction.html", {"jurisdiction": jurisdiction, "teams": teams})


def team_list(request: HttpRequest) -> HttpResponse:
    teams = _teams_with_networks()
    network = request.GET.get("network", "")
    jurisdiction = request.GET.get("jurisdiction", "")
    kind = request.GET.get("kind", "")
    if network:
        teams = teams.filter(networks__slug=network)
    if jurisdiction:
        teams = teams.filter(jurisdiction__slug=jurisdiction)
    if kind in Team.Kind.values:
        teams = teams.filter(kind=kind)
    page = Paginator(teams, TEAMS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "core/team_list.html",
        {
            "page": page,
            "networks": LearningNetwork.objects.all(),
            "jurisdictions": Jurisdiction.objects.filter(teams__isnull=False).distinct(),
            "kinds": Team.Kind.choices,
            "selected": {"network": network, "jurisdiction": jurisdiction, "kind": kind},
            "filter_query": query.urlencode(),
        },
    )


def team_detail(request: HttpRequest, slug: str) -> HttpResponse:
    team = get_object_or_404(
        Team.objects.select_related("jurisdiction").prefetch_related(
            "networks", Prefetch("faculty", queryset=User.objects.select_related("profile"))
        ),
        slug=slug,
    )
    user = request.user
    memberships = team.memberships.select_related("user__profile").order_by(
        leads_first(), "joined_on", "user__username"
    )
    context = {
        "team": team,
        "memberships": memberships,
        "is_member": permissions.is_member(user, team),
        "can_manage": permissions.can_manage_team(user, team),
        "show_emails": permissions.can_see_member_emails(user, team),
        "can_request": permissions.can_request_to_join(user, team),
        "join_form": JoinRequestForm(),
    }
    requests = permissions.join_requests
    context["my_pending_request"] = requests.withdraw_objects(user).filter(team=team).first()
    context["pending_requests"] = (
        requests.decide_objects(user).filter(team=team).select_related("user__profile")
    )
    if context["can_manage"]:
        context["role_choices"] = Membership.Role.choices
    # What the apps that build on the community add (the team's measures).
    context.update(team_page.context_for(user, team))
    return render(request, "core/team.html", context)


@login_required
@require_POST
def request_to_join(request: HttpRequest, slug: str) -> HttpResponse:
    team = get_object_or_404(Team, slug=slug)
    form = JoinRequestForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, _("Check your request: %(errors)s") % {"errors": form.errors.as_text()}
        )
        return redirect(team)
    try:
        services.request_to_join(
            request.user, team, message=form.cleaned_data["message"], role=form.cleaned_data["role"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Your request to join %(team)s is sent to its team lead.") % {"team": team}
        )
    return redirect(team)


@login_required
@require_POST
def decide_join_request(request: HttpRequest, pk: int) -> HttpResponse:
    join_request = get_object_or_404(JoinRequest.objects.select_related("team", "user"), pk=pk)
    if not permissions.can_decide_join_request(request.user, join_request):
        raise PermissionDenied("Only a lead of this team can decide on this request.")
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose approve or decline."))
        return redirect(join_request.team)
    data = form.cleaned_data
    name = join_request.user.profile.name
    try:
        if data["decision"] == "approve":
            services.approve_join_request(
                join_request, decided_by=request.user, role=data["role"] or None
            )
            messages.success(
                request,
                _("%(name)s is now a member of %(team)s.")
                % {"name": name, "team": join_request.team},
            )
        else:
            services.decline_join_request(join_request, decided_by=request.user, note=data["note"])
            messages.info(request, _("You declined %(name)s's request.") % {"name": name})
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = join_request.team.get_absolute_url()
    return redirect(next_url)


@login_required
@require_POST
def withdraw_join_request(request: HttpRequest, pk: int) -> HttpResponse:
    join_request = get_object_or_404(JoinRequest.objects.select_related("team"), pk=pk)
    services.withdraw_join_request(join_request, user=request.user)
    messages.info(
        request,
        _("You withdrew your request to join %(team)s.") % {"team": join_request.team},
    )
    return redirect(join_request.team)


@login_required
def people_directory(request: HttpRequest) -> HttpResponse:
    """Members only: every active account, found by name, role, team, state
    and network (community.directory)."""
    context = directory.people_directory(request.user, request.GET)
    return render(request, "core/people_directory.html", context)


def person_detail(request: HttpRequest, username: str) -> HttpResponse:
    person = get_object_or_404(
        User.objects.select_related("profile__jurisdiction"), username=username, is_active=True
    )
    memberships = person.memberships.select_related("team__jurisdiction").prefetch_related(
        "team__networks"
    )
    return render(
        request,
        "core/profile.html",
        {
            "person": person,
            "profile": person.profile,
            "memberships": memberships,
            "site_roles": site_roles_of(person),
            "is_self": request.user == person,
        },
    )
