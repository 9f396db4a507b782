"""The discussions' front door, a space with its threads, and working groups."""

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from community import permissions as community_permissions
from community.forms import JoinRequestForm
from forums import permissions, reading
from forums.forms import GroupForm, ThreadForm, without_files_outside_teams
from forums.models import Space
from forums.services.presence import present_people
from forums.services.spaces import collaborative_space, create_group
from forums.services.threads import start_thread


class TeamSpaceClosed(Http404):
    """A team's own space, opened by someone outside the team. Teams are
    public, so saying whose space it is tells nothing that is not already
    on the team's page; working groups keep even their names to members.
    Views that do not explain it (the buttons' posts) answer 404."""

    def __init__(self, space: Space) -> None:
        super().__init__("No such discussion space.")
        self.space = space


def readable_space(request: HttpRequest, slug: str) -> Space:
    """The space, if this person may read it; a team's space says it is the
    team's; any other is as if it did not exist."""
    space = Space.objects.filter(slug=slug).select_related("team", "network").first()
    if space is not None and not permissions.can_read(request.user, space):
        if space.kind == Space.Kind.TEAM and space.team is not None:
            raise TeamSpaceClosed(space)
        space = None
    if space is None:
        raise Http404("No such discussion space.")
    return space


def explains_closed_team_spaces(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A closed team space (or a thread in it) answers with whose it is and
    how to ask to join, rather than a bare refusal."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except TeamSpaceClosed as closed:
            return _closed_team_space(request, closed.space)

    return wrapped


def _closed_team_space(request: HttpRequest, space: Space) -> HttpResponse:
    team = space.team
    assert team is not None
    context = {
        "space": space,
        "team": team,
        "can_request": community_permissions.can_request_to_join(request.user, team),
        "my_pending_request": community_permissions.join_requests.withdraw_objects(request.user)
        .filter(team=team)
        .first(),
        "join_form": JoinRequestForm(),
    }
    return render(request, "forums/closed_team_space.html", context, status=403)


@login_required
def index(request: HttpRequest) -> HttpResponse:
    collaborative_space()
    spaces = list(permissions.readable_spaces(request.user).order_by("name"))
    unread = reading.unread_by_space(request.user, spaces)
    groups = []
    for kind in Space.KIND_ORDER:
        members = [s for s in spaces if s.kind == kind]
        for space in members:
            space.unread = unread.get(space.pk, 0)
        if members:
            groups.append({"label": _GROUP_LABELS[kind], "spaces": members})
    return render(
        request,
        "forums/index.html",
        {
            "groups": groups,
            "unread_total": sum(unread.values()),
            "notifications": reading.unread_notifications(request.user),
            "can_create_group": permissions.can_create_group(request.user),
        },
    )


_GROUP_LABELS = {
    Space.Kind.COLLABORATIVE: gettext_lazy("Everyone"),
    Space.Kind.NETWORK: gettext_lazy("Learning networks"),
    Space.Kind.JURISDICTION: gettext_lazy("States"),
    Space.Kind.TEAM: gettext_lazy("Teams"),
    Space.Kind.GROUP: gettext_lazy("Working groups"),
}


@login_required
@require_http_methods(["GET", "POST"])
@explains_closed_team_spaces
def space_detail(request: HttpRequest, slug: str) -> HttpResponse:
    space = readable_space(request, slug)
    form = without_files_outside_teams(
        ThreadForm(request.POST or None, request.FILES or None), space
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            message = start_thread(
                request.user,
                space,
                data["title"],
                data["body"],
                client_id=data.get("client_id"),
                files=data.get("files", []),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect(message.thread)
    threads = permissions.visible_threads(request.user, space).select_related("author__profile")
    page = Paginator(threads, 30).get_page(request.GET.get("page"))
    unread = reading.unread_by_thread(request.user, page.object_list)
    for thread in page.object_list:
        thread.unread = unread.get(thread.pk, 0)
    return render(
        request,
        "forums/space.html",
        {
            "space": space,
            "page": page,
            "form": form,
            "people": present_people(space),
            "moderator": permissions.can_moderate(request.user, space),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def new_group(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create_group(request.user):
        raise PermissionDenied("Only facilitators set up working groups.")
    form = GroupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        space = create_group(
            request.user,
            name=data["name"],
            description=data["description"],
            teams=data["teams"],
            people=data["people"],
        )
        messages.success(
            request, _("“%(name)s” is ready. Start its first thread.") % {"name": space.name}
        )
        return redirect(space)
    return render(request, "forums/group_form.html", {"form": form})
