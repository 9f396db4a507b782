"""Bookmarking resources into named collections, private or team-shared."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from community.models import Team
from resources import permissions, services
from resources.models import Resource


@login_required
@require_http_methods(["GET", "POST"])
def collection_list(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        team = None
        if team_slug := request.POST.get("team"):
            team = Team.objects.filter(slug=team_slug).first()
        try:
            collection = services.create_collection(
                request.user, request.POST.get("name", ""), team
            )
        except PermissionDenied as error:
            messages.error(request, str(error))
            return redirect("resources:collections")
        return redirect(collection)
    collections = permissions.visible_collections(request.user).select_related("team", "owner")
    return render(
        request,
        "resources/collection_list.html",
        {
            "collections": collections,
            "teams": Team.objects.filter(memberships__user=request.user).distinct(),
        },
    )


def _collection(request: HttpRequest, pk: int):
    collection = permissions.visible_collections(request.user).filter(pk=pk).first()
    if collection is None:
        raise Http404("No such collection.")
    return collection


@login_required
def collection_detail(request: HttpRequest, pk: int) -> HttpResponse:
    collection = _collection(request, pk)
    # Only what this viewer may open, whoever bookmarked it.
    resources = permissions.visible_resources(
        request.user, Resource.objects.filter(collection_items__collection=collection)
    ).select_related("team")
    return render(
        request,
        "resources/collection.html",
        {
            "collection": collection,
            "resources": resources,
            "can_change": permissions.can_change_collection(request.user, collection),
        },
    )


@login_required
@require_POST
def bookmark(request: HttpRequest, pk: int) -> HttpResponse:
    """Add resource `pk` to one of my collections, or to a new one."""
    resource = get_object_or_404(Resource, pk=pk)
    if not permissions.can_view(request.user, resource):
        raise Http404("No such resource.")
    if new_name := request.POST.get("new_collection", "").strip():
        collection = services.create_collection(request.user, new_name)
    else:
        collection = get_object_or_404(
            permissions.visible_collections(request.user), pk=request.POST.get("collection") or 0
        )
    services.bookmark(request.user, collection, resource)
    messages.success(request, _("Saved to “%(collection)s”.") % {"collection": collection.name})
    return redirect(resource)


@login_required
@require_POST
def remove(request: HttpRequest, pk: int, resource_id: int) -> HttpResponse:
    collection = _collection(request, pk)
    services.unbookmark(request.user, collection, resource_id)
    return redirect(collection)
