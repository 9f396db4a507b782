"""Every hostile file of tests/resources/hostile.py, sent through every way a
file gets into the site: the share form, the API, a discussion attachment, a
new version of a resource's file and an avatar. Each is refused with a clear
message (never a 500), and nothing is stored: no row, no file."""

import json
import tracemalloc
from io import BytesIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import APIToken

from community.models.profiles import Profile
from forums import services as forum_services
from forums.models import Message
from resources.extraction import extract_text
from resources.factories import ResourceFactory
from resources.models import Resource, ResourceFileVersion
from tests.resources import hostile
from tests.resources.hostile import CORPUS, LIMIT

pytestmark = pytest.mark.django_db
Document = get_document_model()
WAYS_IN = ["share", "api", "attachment", "new version", "avatar"]


@pytest.fixture(autouse=True)
def small_limits(settings):
    settings.RESOURCE_MAX_UPLOAD_BYTES = LIMIT
    settings.AVATAR_MAX_UPLOAD_BYTES = LIMIT


@pytest.fixture
def place(client, lead, team, network):
    """Everything each way in needs, made before anything is counted."""
    client.force_login(lead)
    forum_services.ensure_standard_spaces()
    space = forum_services.team_space(team)
    first = forum_services.start_thread(lead, space, "Huddle notes", "Notes from today")
    resource = ResourceFactory(title="Audit", team=team, contributor=lead, networks=[network])
    _, token = APIToken.create_token(user=lead, name="state website")
    return {
        "lead": lead,
        "team": team,
        "network": network,
        "thread": reverse("forums:thread", args=[space.slug, first.thread_id]),
        "resource": resource,
        "token": token,
    }


def _stored() -> dict:
    root = Path(settings.MEDIA_ROOT)
    return {
        "resources": Resource.objects.count(),
        "documents": Document.objects.count(),
        "versions": ResourceFileVersion.objects.count(),
        "messages": Message.objects.count(),
        "avatars": sorted(Profile.objects.exclude(avatar="").values_list("avatar", flat=True)),
        "files": sorted(str(p) for p in root.rglob("*") if p.is_file()),
    }


def _send(client, place, way: str, upload: SimpleUploadedFile):
    team, network = place["team"], place["network"]
    if way == "share":
        form = {
            "title": "Night shift audit",
            "summary": "How we check every bassinet.",
            "kind": "toolkit",
            "team": team.pk,
            "networks": [network.pk],
            "language": "en",
            "licence": "cc-by",
            "visibility": "public",
            "file": upload,
        }
        return client.post(reverse("resources:share"), form)
    if way == "api":
        form = {
            "title": "County brief",
            "summary": "What our county learned.",
            "kind": "data_report",
            "team": team.slug,
            "networks": [network.slug],
            "file": upload,
        }
        bearer = f"Bearer {place['token']}"
        return client.post("/api/resources/", form, HTTP_AUTHORIZATION=bearer)
    if way == "attachment":
        return client.post(place["thread"], {"body": "Our notes", "files": [upload]})
    if way == "new version":
        url = reverse("resources:new_file", args=[place["resource"].pk])
        return client.post(url, {"file": upload})
    profile: dict[str, object] = {"display_name": "Lee", "title": "Lead", "avatar": upload}
    profile |= {"email_digest": "weekly", "notice_email": "digest"}
    return client.post(reverse("edit_profile"), profile)


def _said(client, way: str, response) -> str:
    """The words the member sees in answer."""
    if way == "api" or response.get("Content-Type", "").startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    if response.status_code == 302:  # the resource page's button: the message follows
        return client.get(response.url).content.decode()
    return response.content.decode()


@pytest.mark.parametrize("way", WAYS_IN)
@pytest.mark.parametrize("item", list(CORPUS), ids=str)
def test_a_hostile_file_is_refused_clearly_and_nothing_is_stored(client, place, item, way):
    hostile_file = CORPUS[item]
    before = _stored()
    upload = SimpleUploadedFile(hostile_file.name, hostile_file.data(), "application/pdf")
    response = _send(client, place, way, upload)

    if hostile_file.too_large_to_send:
        expected_status = 413
    elif way == "api":
        expected_status = 400
    elif way == "new version":
        expected_status = 302  # back to the resource's page, which says why
    elif way == "attachment":
        expected_status = 400  # the thread again, with the reason by the form
    else:
        expected_status = 200  # the form again, with the reason by the field
    assert response.status_code == expected_status, response.content[:300]
    message = hostile_file.avatar_message if way == "avatar" else hostile_file.message
    assert message in _said(client, way, response)
    assert _stored() == before


def test_an_honest_office_file_still_goes_in_every_way(client, place):
    """The checks refuse what lies, not what is big: a real package whose parts
    are as large as they say is stored."""
    data = hostile.lying_docx.__wrapped__(real_size=300_000, claimed=300_000)
    before = _stored()
    response = _send(client, place, "share", SimpleUploadedFile("guide.docx", data))
    assert response.status_code == 302, response.content[:300]
    response = _send(client, place, "new version", SimpleUploadedFile("guide.docx", data))
    assert response.status_code == 302
    after = _stored()
    assert after["resources"] == before["resources"] + 1
    assert after["documents"] == before["documents"] + 2


class _MustNotBeRead(BytesIO):
    def read(self, *args):
        raise AssertionError("the body of a refused request was read")

    readline = read


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/resources/share/", "text/html"),
        ("/api/resources/", "application/json"),
        ("/accounts/profile/", "text/html"),
        ("/discussions/ohio/threads/1/", "text/html"),
    ],
)
def test_a_request_longer_than_any_form_takes_is_refused_before_it_is_read(
    client, place, path, kind
):
    before = _stored()
    response = client.generic(
        "POST",
        path,
        b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(10 * 1024**3),
        **{"wsgi.input": _MustNotBeRead()},
    )
    assert response.status_code == 413
    assert response["Content-Type"].startswith(kind)
    assert "more than this form accepts" in response.content.decode("unicode_escape")
    assert _stored() == before


def test_an_oversized_upload_costs_little_memory(client, place, tmp_path):
    """A body larger than allowed, streamed as a server would (from a file),
    is answered without being held in memory."""
    boundary = "hostileboundary"
    body = tmp_path / "body"
    with body.open("wb") as out:
        out.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            'filename="big.pdf"\r\n\r\n'.encode()
        )
        chunk = bytes(1024 * 1024)
        for _ in range(20):
            out.write(chunk)
        out.write(f"\r\n--{boundary}--\r\n".encode())
    with body.open("rb") as stream:
        tracemalloc.start()
        response = client.generic(
            "POST",
            "/resources/share/",
            b"",
            content_type=f"multipart/form-data; boundary={boundary}",
            CONTENT_LENGTH=str(body.stat().st_size),
            **{"wsgi.input": stream},
        )
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert response.status_code == 413
    assert peak < 5 * 1024 * 1024


def test_a_file_just_over_the_limit_is_not_all_written_to_disk(client, place, settings):
    """Within a request the size allows (three attachments' worth), one file
    over the limit stops being written past it, and is refused by its true size."""
    data = hostile.pdf() + bytes(LIMIT * 2)
    response = client.post(
        place["thread"], {"body": "Notes", "files": [SimpleUploadedFile("a.pdf", data)]}
    )
    assert response.status_code == 400
    assert "is 4.0\xa0MB, but files in the library can be at most 2.0\xa0MB" in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    "item", ["lying docx", "billion laughs", "external entity", "unsupported compression"]
)
def test_text_extraction_never_unpacks_or_parses_a_hostile_package(item):
    """Files stored before these checks existed are read by the text extractor:
    it refuses them the same way, with a reason and no text."""
    extracted = extract_text(CORPUS[item].data(), "docx")
    assert extracted.text == "" and extracted.error
    assert "root:" not in extracted.text


def test_the_api_refuses_fields_of_the_wrong_type_clearly(client, place):
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {place['token']}"}
    good = {
        "title": "County brief",
        "summary": "What our county learned.",
        "kind": "data_report",
        "team": place["team"].slug,
        "networks": [place["network"].slug],
        "file": SimpleUploadedFile("brief.pdf", hostile.pdf()),
    }
    before = _stored()
    wrong = [
        {**good, "year_published": "last year"},
        {**good, "file": "not a file"},
    ]
    for data in wrong:
        response = client.post("/api/resources/", data, **bearer)
        assert response.status_code in (400, 422), response.content
        assert response.json()["detail"]
    as_json = {**good, "file": None, "networks": {"a": 1}, "title": ["x"]}
    response = client.post(
        "/api/resources/", json.dumps(as_json), content_type="application/json", **bearer
    )
    assert response.status_code in (400, 422), response.content
    assert response.json()["detail"]
    assert _stored() == before
