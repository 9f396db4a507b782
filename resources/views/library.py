"""The library as visitors and members use it: browse, read, download."""

from functools import cached_property

from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string

from kernel import fragments, personal_pages
from kernel.files import ranged_file_response, video_type
from resources import citations, kept, permissions, services
from resources.filters import resource_listing
from resources.models import Resource

VIDEO_EXTENSIONS = {"mp4", "webm"}


def resource_list(request: HttpRequest) -> HttpResponse:
    return render(
        request, "resources/resource_list.html", resource_listing(request.user, request.GET)
    )


def _viewable(request: HttpRequest, pk: int) -> Resource:
    return _allowed(
        request, get_object_or_404(Resource.objects.select_related("team", "document"), pk=pk)
    )


def _allowed(request: HttpRequest, resource: Resource) -> Resource:
    if not permissions.can_view(request.user, resource):
        # The same answer as for a resource that does not exist: nothing leaks.
        raise Http404("No such resource.")
    return resource


class SharedParts:
    """What the page's kept fragments show, read only when one is rendered:
    a kept page builds none of these queries."""

    def __init__(self, user, resource: Resource) -> None:
        self.resource = resource
        self.visible = permissions.visible_resources(user)

    @cached_property
    def related(self) -> list[Resource]:
        return list(
            self.visible.filter(networks__in=self.resource.networks.all())
            .exclude(pk=self.resource.pk)
            .distinct()
            .order_by("-created_at")[:4]
        )

    @cached_property
    def in_other_languages(self) -> list[Resource]:
        """The same resource in its other languages that the audience may open."""
        original = self.resource.translation_of_id or self.resource.pk
        return list(
            self.visible.filter(Q(pk=original) | Q(translation_of=original))
            .exclude(pk=self.resource.pk)
            .order_by("language")
        )

    @cached_property
    def adaptations(self) -> list[Resource]:
        return list(self.visible.filter(adapted_from=self.resource).select_related("team"))

    @cached_property
    def adapted_from(self) -> Resource | None:
        # By the audience's rule, without the contributor's own drafts: the
        # fragment is shared with their teammates.
        if self.resource.adapted_from_id is None:
            return None
        return self.visible.filter(pk=self.resource.adapted_from_id).first()

    @cached_property
    def versions(self) -> list:
        return list(self.resource.file_versions.select_related("document"))

    @cached_property
    def cited_in(self) -> list[tuple[str, object]]:
        """(kind, page) for the live, public pages that cite the resource:
        change ideas and webinars, or whatever page types registered with
        `resources.citations` (those apps build on the library, not the
        other way round)."""
        return citations.cited_in(self.resource)


def resource_detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    resource = _allowed(request, kept.resource(request, pk))
    if slug != resource.get_absolute_url().rstrip("/").rsplit("/", 1)[-1]:
        return redirect(resource, permanent=True)
    views, downloads = services.count_view(resource)
    # Kept whole for the reader (kernel/personal_pages.py); the counts are
    # this request's own.
    return personal_pages.render(
        request,
        "resources/resource.html",
        {
            **fragments.template_context(request),
            "resource": resource,
            "shared": SharedParts(request.user, resource),
            "is_video": bool(resource.document)
            and resource.document.file_extension in VIDEO_EXTENSIONS,
            "can_adapt": resource.live and permissions.can_share(request.user),
            "can_update": permissions.can_update(request.user, resource),
            "can_withdraw": permissions.can_withdraw(request.user, resource),
            "my_collections": permissions.visible_collections(request.user).filter(
                owner=request.user
            )
            if request.user.is_authenticated
            else [],
        },
        holes={"counts": lambda: _counts(views, downloads)},
    )


def _counts(views: int, downloads: int) -> str:
    counts = {"views": views, "downloads": downloads}
    return render_to_string("resources/includes/counts.html", counts).strip()


def download(request: HttpRequest, pk: int, version: int | None = None) -> HttpResponse:
    resource = _viewable(request, pk)
    if version is None:
        if resource.document is None:
            return redirect(resource.external_url)
        document = resource.document
        services.count_download(resource)
    else:
        versions = permissions.readable_versions(request.user)
        document = get_object_or_404(versions, resource=resource, number=version).document
    response = FileResponse(
        document.file.open("rb"), as_attachment=True, filename=document.filename
    )
    # Files from members are never rendered by the browser as pages.
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The first-page picture, for those who may open the resource itself."""
    resource = _viewable(request, pk)
    if not resource.preview:
        raise Http404("This resource has no preview.")
    response = FileResponse(resource.preview.open("rb"), content_type="image/png")
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=3600"
    return response


def play(request: HttpRequest, pk: int) -> HttpResponse:
    """A shared video, in byte ranges for the page's player to seek; the same
    permission as the download."""
    resource = _viewable(request, pk)
    document = resource.document
    if document is None or document.file_extension not in VIDEO_EXTENSIONS:
        raise Http404("This resource is not a video.")
    response = ranged_file_response(request, document.file, video_type(document.file.name))
    response["X-Content-Type-Options"] = "nosniff"
    return response
