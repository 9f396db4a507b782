"""First-page pictures: drawn in the background from a real PDF or image,
shown on the resource's page, and served only to those who may open it."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from kernel.pdf import simple_pdf
from resources import services
from resources.models import Resource, Visibility
from resources.previews import WIDTH, first_page_png
from resources.services import ShareDetails


def _share(user, team, network, upload, visibility=Visibility.PUBLIC) -> Resource:
    details = ShareDetails(
        title="Crib audit form",
        summary="A one-page audit form.",
        kind="template",
        team=team,
        visibility=visibility,
        networks=[network],
    )
    return services.share_resource(user, details, upload)


def test_a_pdf_first_page_is_drawn():
    picture = Image.open(io.BytesIO(first_page_png(simple_pdf("Audit", ["Line one"]), "pdf")))
    assert picture.format == "PNG" and picture.width == WIDTH
    # Not a blank bitmap: the title's ink is there.
    assert picture.convert("L").getextrema()[0] < 128


def test_files_that_cannot_be_drawn_have_no_preview():
    assert first_page_png(b"%PDF-1.7 broken", "pdf") is None
    assert first_page_png(b"PK\x03\x04 docx", "docx") is None


@pytest.mark.django_db
def test_sharing_a_pdf_gives_its_page_a_preview(
    client, team, network, member, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("audit.pdf", simple_pdf("Crib audit form", ["Unit", "Date"]))
    with django_capture_on_commit_callbacks(execute=True):
        resource = _share(member, team, network, upload)
    resource.refresh_from_db()
    assert resource.preview.name.startswith("resource-previews/")
    resource.save_revision().publish()
    page = client.get(resource.get_absolute_url()).content.decode()
    assert 'alt="First page of Crib audit form"' in page
    response = client.get(reverse("resources:preview", args=[resource.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"


@pytest.mark.django_db
def test_a_team_only_preview_is_refused_to_others(
    client, team, network, member, outsider, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("notes.pdf", simple_pdf("Team notes", ["Private"]))
    with django_capture_on_commit_callbacks(execute=True):
        resource = _share(member, team, network, upload, visibility=Visibility.TEAM)
    resource.refresh_from_db()  # as an editor's approval loads it
    resource.save_revision().publish()
    url = reverse("resources:preview", args=[resource.pk])
    client.force_login(member)
    assert client.get(url).status_code == 200
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_a_shared_video_plays_on_its_page_in_byte_ranges(client, team, network, member, outsider):
    from pathlib import Path

    recording = Path(__file__).resolve().parents[2] / "webinars/demo_media/recording.webm"
    upload = SimpleUploadedFile("huddle.webm", recording.read_bytes())
    resource = _share(member, team, network, upload, visibility=Visibility.TEAM)
    resource.refresh_from_db()
    resource.save_revision().publish()
    play = reverse("resources:play", args=[resource.pk])
    client.force_login(member)
    assert f'<video class="resource-video" controls preload="metadata" src="{play}">' in (
        client.get(resource.get_absolute_url()).content.decode()
    )
    partial = client.get(play, headers={"Range": "bytes=0-99"})
    assert partial.status_code == 206 and partial["Content-Type"] == "video/webm"
    assert len(b"".join(partial.streaming_content)) == 100
    client.force_login(outsider)
    assert client.get(play).status_code == 404
