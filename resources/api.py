"""/api/resources/: the library for other websites and scripts. Reads follow
the same permissions, filters and facet counts as /resources/; a signed-in
member (session or a personal API token) can submit a resource with a file."""

from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import ModelChoiceField, ModelMultipleChoiceField
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Field, File, Form, Query, Router, Schema, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile
from ninja.security import SessionAuth
from wagtail.api.v3.auth import AllowAnonymous

from community import jurisdictions
from community.models import LearningNetwork
from kernel.api_auth import ThrottledBearerAuth
from resources import permissions, services
from resources.filters import resource_listing
from resources.forms import ShareForm
from resources.models import Audience, Resource

router = Router(tags=["resources"])
READ_AUTH = [ThrottledBearerAuth(), SessionAuth(csrf=False), AllowAnonymous()]
WRITE_AUTH = [ThrottledBearerAuth(), SessionAuth(csrf=True)]
API_DEFAULTS = {"language": "en", "licence": "cc-by", "visibility": "members"}
SAME_NAMES = (
    "A state or jurisdiction is named the same way when filtering and submitting: "
    "by postal code (OH) or slug (ohio), in any case."
)


class TeamOut(Schema):
    slug: str
    name: str


class ResourceOut(Schema):
    id: int
    title: str
    summary: str
    kind: str
    url: str
    download_url: str | None
    external_url: str | None
    networks: list[str]
    jurisdictions: list[str] = Field(description=f"Postal codes (OH). {SAME_NAMES}")
    topics: list[str]
    audiences: list[str]
    language: str
    licence: str
    year_published: int | None
    team: TeamOut | None
    visibility: str
    status: str
    created_at: datetime
    updated_at: datetime


class ChoiceOut(Schema):
    value: str
    label: str
    count: int
    selected: bool
    at_least: bool = Field(False, description="`count` is a lower bound (counting stopped)")


class ResourceListOut(Schema):
    count: int
    more: bool = Field(False, description="More than `count` match: counting stopped at a cap")
    page: int
    pages: int
    results: list[ResourceOut]
    facets: dict[str, list[ChoiceOut]]


class SubmittedOut(Schema):
    id: int
    status: str
    url: str


class ErrorOut(Schema):
    detail: dict[str, list[str]] | str


def _out(request, resource: Resource) -> dict:
    return {
        "id": resource.pk,
        "title": resource.title,
        "summary": resource.summary,
        "kind": resource.kind,
        "url": request.build_absolute_uri(resource.get_absolute_url()),
        "download_url": request.build_absolute_uri(
            reverse("resources:download", args=[resource.pk])
        )
        if resource.document_id
        else None,
        "external_url": resource.external_url or None,
        "networks": [n.slug for n in resource.networks.all()],
        "jurisdictions": [j.postal_code for j in resource.jurisdictions.all()],
        # Through the prefetched tagged items: `topics.all()` queries each time.
        "topics": [item.tag.name for item in resource.tagged_items.all()],
        "audiences": [a.slug for a in resource.audiences.all()],
        "language": resource.language,
        "licence": resource.licence,
        "year_published": resource.year_published,
        "team": {"slug": resource.team.slug, "name": resource.team.name} if resource.team else None,
        "visibility": resource.visibility,
        "status": resource.status,
        "created_at": resource.created_at,
        "updated_at": resource.updated_at,
    }


@router.get(
    "/",
    response={200: ResourceListOut, 400: ErrorOut},
    auth=READ_AUTH,
    summary="List and filter resources",
)
def list_resources(
    request,
    q: str = "",
    network: str = "",
    region: str = "",
    jurisdiction: str = Query("", description=SAME_NAMES),
    kind: str = "",
    topic: str = "",
    audience: str = "",
    language: str = "",
    year: str = "",
    page: int = 1,
):
    """Published resources the caller may see, newest first, 20 a page, with
    the count each filter choice would give (`facets`; a state's `value`
    there is its slug). Keywords that match more than the count cap
    (10,000) are counted up to it: `more` is then true, and each choice
    says `at_least`."""
    params = request.GET
    if jurisdiction.strip():
        named = jurisdictions.find(jurisdiction)
        if named is None:
            message = jurisdictions.unknown_message(jurisdiction)
            return Status(400, {"detail": {"jurisdiction": [message]}})
        params = params.copy()
        params["jurisdiction"] = named.slug
    listing = resource_listing(request.user, params)
    results = listing["resources"]
    return {
        "count": listing["result_count"],
        "more": listing["more"],
        "page": results.number,
        "pages": results.paginator.num_pages,
        "results": [_out(request, r) for r in results],
        "facets": {
            # Labels in the site's language (a model's choices are lazy).
            name: [{**vars(choice), "label": str(choice.label)} for choice in facet.choices]
            for name, facet in listing["facets"].items()
        },
    }


@router.get("/{int:resource_id}/", response=ResourceOut, auth=READ_AUTH, summary="One resource")
def get_resource(request, resource_id: int):
    resource = get_object_or_404(Resource, pk=resource_id)
    if not permissions.can_view(request.user, resource):
        raise HttpError(404, "No such resource.")
    return _out(request, resource)


class ApiShareForm(ShareForm):
    """The share form, with networks, audiences and team named by slug and
    states by postal code or slug, rather than by database id."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.fields["team"] = ModelChoiceField(
            queryset=self.fields["team"].queryset, to_field_name="slug"
        )
        self.fields["networks"] = ModelMultipleChoiceField(
            queryset=LearningNetwork.objects.all(), to_field_name="slug"
        )
        self.fields["jurisdictions"] = jurisdictions.JurisdictionsField(required=False)
        self.fields["audiences"] = ModelMultipleChoiceField(
            queryset=Audience.objects.all(), to_field_name="slug", required=False
        )


class SubmitIn(Schema):
    title: str
    summary: str
    kind: str
    team: str
    networks: list[str]
    jurisdictions: list[str] = Field([], description=SAME_NAMES)
    audiences: list[str] = []
    topics: str = ""
    body: str = ""
    external_url: str = ""
    language: str = "en"
    licence: str = "cc-by"
    year_published: int | None = None
    visibility: str = "members"
    adapted_from: str = Field("", description="A library resource's address or number.")


@router.post(
    "/",
    response={201: SubmittedOut, 400: ErrorOut, 403: ErrorOut},
    auth=WRITE_AUTH,
    summary="Submit a resource for review",
)
def submit_resource(request, data: Form[SubmitIn], file: File[UploadedFile] = None):
    """Share a file (multipart) or a link for one of the caller's teams. It
    goes to the editors' review; `status` says where it is."""
    if not permissions.can_share(request.user):
        return Status(403, {"detail": "Only members of a team can share resources."})
    posted = request.POST.copy()
    for name, default in API_DEFAULTS.items():
        posted.setdefault(name, default)
    form = ApiShareForm(posted, request.FILES, user=request.user)
    if not form.is_valid():
        return Status(400, {"detail": {name: list(errors) for name, errors in form.errors.items()}})
    try:
        resource = services.share_resource(request.user, form.details(), form.cleaned_data["file"])
    except ValidationError as error:
        return Status(400, {"detail": {"file": error.messages}})
    except PermissionDenied as error:
        return Status(403, {"detail": str(error)})
    return Status(
        201,
        {
            "id": resource.pk,
            "status": resource.status,
            "url": request.build_absolute_uri(resource.get_absolute_url()),
        },
    )
