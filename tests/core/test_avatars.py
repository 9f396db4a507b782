"""Avatar upload through the profile form: resized when good, refused when not."""

import random
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from community.factories import UserFactory

pytestmark = pytest.mark.django_db

PROFILE = {
    "display_name": "Ana Ruiz",
    "title": "Doula",
    "email_digest": "weekly",
    "notice_email": "digest",
}


def _png(width: int, height: int, mode: str = "RGB", name: str = "me.png") -> SimpleUploadedFile:
    buffer = BytesIO()
    Image.new(mode, (width, height), color=0 if mode == "1" else (30, 120, 140)).save(
        buffer, format="PNG"
    )
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def ana(client):
    user = UserFactory(username="ana")
    client.force_login(user)
    return user


def _upload(client, file, **changes):
    return client.post(reverse("edit_profile"), {**PROFILE, **changes, "avatar": file})


def test_a_valid_png_is_cropped_and_resized(client, ana):
    response = _upload(client, _png(1200, 800))
    assert response.status_code == 302
    ana.profile.refresh_from_db()
    with Image.open(ana.profile.avatar.path) as stored:
        assert stored.size == (256, 256)
    assert ana.profile.title == "Doula"


def _assert_refused(client, ana, file, message):
    _upload(client, _png(300, 300))
    ana.profile.refresh_from_db()
    before = ana.profile.avatar.name
    response = _upload(client, file, title="Lactation consultant")
    assert response.status_code == 200
    assert message in response.content.decode()
    ana.profile.refresh_from_db()
    assert ana.profile.avatar.name == before, "the old avatar is kept"
    assert ana.profile.avatar.storage.exists(before)
    assert ana.profile.title == "Doula", "nothing in the refused form is saved"


def test_a_text_file_named_png_is_refused(client, ana):
    fake = SimpleUploadedFile("me.png", b"just some text, honest", content_type="image/png")
    _assert_refused(client, ana, fake, "not an image we can read")


@override_settings(AVATAR_MAX_UPLOAD_BYTES=50_000)
def test_a_file_over_the_size_limit_is_refused(client, ana):
    noisy = BytesIO()
    Image.frombytes("RGB", (300, 300), random.Random(7).randbytes(300 * 300 * 3)).save(noisy, "PNG")
    big = SimpleUploadedFile("noise.png", noisy.getvalue(), content_type="image/png")
    assert big.size > 50_000
    _assert_refused(client, ana, big, "avatars can be at most")


def test_a_decompression_bomb_is_refused(client, ana):
    # 20,000 x 20,000 one-bit pixels: a few kilobytes on disk, 400 megapixels decoded.
    bomb = _png(20_000, 20_000, mode="1", name="bomb.png")
    assert bomb.size < 200_000
    _assert_refused(client, ana, bomb, "far too large in pixels")


def test_a_member_can_remove_their_picture(client, ana, django_capture_on_commit_callbacks):
    _upload(client, _png(300, 300))
    ana.profile.refresh_from_db()
    old = ana.profile.avatar.name
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("edit_profile"), {**PROFILE, "remove_avatar": "on"})
    ana.profile.refresh_from_db()
    assert not ana.profile.avatar
    assert not ana.profile.avatar.storage.exists(old)


def test_the_admin_shows_the_members_own_picture_and_asks_no_third_party(client, ana):
    ana.is_superuser = True
    ana.save()
    page = client.get("/admin/").content.decode()
    assert "default-user-avatar" in page and "gravatar" not in page.lower()
    _upload(client, _png(300, 300))
    ana.profile.refresh_from_db()
    page = client.get("/admin/").content.decode()
    assert f'src="{ana.profile.avatar.url}"' in page
    assert "gravatar" not in page.lower()
