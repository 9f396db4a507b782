"""Sharing a resource from the site, updating its file, and a member's own
contributions with their review status."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from resources import permissions, services
from resources.forms import NewFileForm, ShareForm, WithdrawForm, resource_numbered
from resources.models import Resource


@login_required
@require_http_methods(["GET", "POST"])
def share(request: HttpRequest) -> HttpResponse:
    if not permissions.can_share(request.user):
        return render(request, "resources/share_needs_team.html", status=403)
    source = _linked_source(request)
    address = request.build_absolute_uri(source.get_absolute_url()) if source else ""
    form = ShareForm(
        request.POST or None,
        request.FILES or None,
        user=request.user,
        source=source,
        source_address=address,
    )
    if request.method == "POST" and form.is_valid():
        try:
            resource = services.share_resource(
                request.user, form.details(), form.cleaned_data.get("file")
            )
        except ValidationError as error:
            form.add_error("file" if form.cleaned_data.get("file") else None, error)
        else:
            messages.success(
                request,
                _(
                    "Thank you. “%(title)s” is with the editors for review; "
                    "you will see its status here."
                )
                % {"title": resource.title},
            )
            return redirect("resources:mine")
    return render(request, "resources/share_form.html", {"form": form, "source": source})


def _linked_source(request: HttpRequest) -> Resource | None:
    """The resource a "Share an adaptation of this" link names by its id
    (?adapted_from=<id>), if this member may open it: a resource they cannot
    open is left out, as if it did not exist. The link is ours, so it is read
    as an id; only text a member typed is parsed as an address."""
    value = request.GET.get("adapted_from", "").strip()
    number = int(value) if value.isascii() and value.isdigit() and len(value) <= 18 else None
    return resource_numbered(request.user, number)


@login_required
def my_contributions(request: HttpRequest) -> HttpResponse:
    resources = (
        Resource.objects.filter(contributor=request.user)
        .select_related("team")
        .order_by("-created_at")
    )
    return render(request, "resources/my_contributions.html", {"resources": resources})


@login_required
@require_http_methods(["GET", "POST"])
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """Asks first (the form), then withdraws. A resource this member cannot
    open does not exist for them; one they can open but did not share is
    refused by the service."""
    resource = get_object_or_404(Resource.objects.select_related("team"), pk=pk)
    if not permissions.can_view(request.user, resource):
        raise Http404("No such resource.")
    # Bound on any POST: an empty reason is a valid answer.
    form = WithdrawForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.withdraw(request.user, resource, form.cleaned_data["reason"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("“%(title)s” is withdrawn: nobody finds it in the library any more.")
                % {"title": resource.title},
            )
        return redirect("resources:mine")
    if not permissions.can_withdraw(request.user, resource):
        raise PermissionDenied("Only the member who shared a resource can withdraw it.")
    return render(request, "resources/withdraw.html", {"resource": resource, "form": form})


@login_required
@require_http_methods(["POST"])
def new_file(request: HttpRequest, pk: int) -> HttpResponse:
    resource = get_object_or_404(Resource, pk=pk)
    if not permissions.can_update(request.user, resource):
        raise PermissionDenied("Only the contributor or a curator can update this resource.")
    form = NewFileForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.replace_file(request.user, resource, form.cleaned_data["file"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The new file is in place; the earlier one stays below."))
    else:
        # An empty file, say: its reason, not just "choose one".
        messages.error(
            request, " ".join(form.errors.get("file", [])) or _("Choose a file to upload.")
        )
    return redirect(resource)
