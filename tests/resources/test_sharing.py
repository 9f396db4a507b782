"""A team member shares from the site; editors review in the Wagtail admin;
a newcomer then finds it by a phrase that is only inside the file."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model

from community.factories import UserFactory
from community.models import Jurisdiction
from kernel.pdf import simple_pdf
from kernel.roles import SiteRole
from resources import uploads
from resources.forms import ACCEPT, KIND_NAMES, NewFileForm, ShareForm
from resources.models import Resource, ResourceFileVersion
from resources.tasks import extract_file_text
from tests.queries import queries_for

pytestmark = pytest.mark.django_db
Document = get_document_model()
PHRASE = "magnolia bassinet audit"
# The account (the session comes from the cache), then the form's choices: teams (twice for a
# member of one team, as Django's select reads its first choice to decide on
# `required`), networks, jurisdictions and audiences. The person's standing
# comes from the cache.
SHARE_PAGE_QUERIES = 6


def _pdf(name="audit.pdf", words=PHRASE):
    return SimpleUploadedFile(name, simple_pdf("Safe sleep audit", [words]), "application/pdf")


def _form(network, team, **extra):
    return {
        "title": "Night shift bassinet audit",
        "summary": "How our unit checks every bassinet on every shift.",
        "kind": "toolkit",
        "team": team.pk,
        "networks": [network.pk],
        "jurisdictions": [Jurisdiction.objects.get(postal_code="OH").pk],
        "topics": "safe sleep, audit",
        "language": "en",
        "licence": "cc-by",
        "visibility": "public",
        **extra,
    }


def _media_files() -> set[str]:
    root = Path(settings.MEDIA_ROOT)
    return {str(p) for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def editor():
    user = UserFactory(username="dana")
    user.groups.add(Group.objects.get(name=SiteRole.EDITOR.value))
    return user


def _approve(client, editor, resource):
    client.force_login(editor)
    task_state = resource.current_workflow_task_state
    url = reverse(
        "wagtailsnippets_resources_resource:workflow_action",
        args=[resource.pk, "approve", task_state.pk],
    )
    response = client.post(url, {"comment": "Clear and useful."})
    assert response.status_code == 302, response.content[:500]


def test_share_review_approve_and_find_by_a_phrase_inside_the_pdf(
    client, network, team, lead, editor, django_capture_on_commit_callbacks
):
    client.force_login(lead)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("resources:share"), {**_form(network, team), "file": _pdf()})
    assert response.status_code == 302 and response.url == reverse("resources:mine")
    resource = Resource.objects.get()
    assert not resource.live and resource.status == "in review"
    assert PHRASE in resource.file_text.lower() and resource.file_text_error == ""
    assert "In review" in client.get(reverse("resources:mine")).content.decode()

    client.logout()
    assert client.get(resource.get_absolute_url()).status_code == 404  # not yet
    with django_capture_on_commit_callbacks(execute=True):  # published once committed
        _approve(client, editor, resource)
    resource.refresh_from_db()
    assert resource.live and resource.status == "published"

    client.logout()
    found = client.get(
        reverse("resources:index"),
        {"q": "magnolia bassinet", "network": network.slug, "jurisdiction": "ohio"},
    )
    assert [r.pk for r in found.context["resources"]] == [resource.pk]
    download = client.get(reverse("resources:download", args=[resource.pk]))
    assert download.status_code == 200 and download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content).startswith(b"%PDF")


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("report.pdf", b"MZ\x90\x00" + b"\x00" * 200), "Windows program"),
        (SimpleUploadedFile("notes.pdf", b"hello, I am text"), "isn"),
        (SimpleUploadedFile("empty.pdf", b""), "empty"),
    ],
)
def test_a_refused_file_leaves_nothing_behind(client, network, team, lead, upload, message):
    before = _media_files()
    client.force_login(lead)
    response = client.post(reverse("resources:share"), {**_form(network, team), "file": upload})
    assert response.status_code == 200
    assert message.lower() in response.content.decode().lower()
    assert not Resource.objects.exists() and not Document.objects.exists()
    assert _media_files() == before


def test_a_file_over_the_limit_is_refused(client, network, team, lead, settings):
    settings.RESOURCE_MAX_UPLOAD_BYTES = 100
    client.force_login(lead)
    response = client.post(reverse("resources:share"), {**_form(network, team), "file": _pdf()})
    assert (
        "too large" in response.content.decode().lower() or "at most" in response.content.decode()
    )
    assert not Resource.objects.exists()


def test_a_link_instead_of_a_file(client, network, team, lead):
    client.force_login(lead)
    data = {**_form(network, team), "external_url": "https://example.org/guide"}
    assert client.post(reverse("resources:share"), data).status_code == 302
    assert Resource.objects.get().external_url == "https://example.org/guide"
    both = {**data, "file": _pdf()}
    page = client.post(reverse("resources:share"), both).content.decode()
    assert "Attach one file or give one link" in page


def test_people_without_a_team_are_told_how_to_join_one(client, outsider):
    client.force_login(outsider)
    response = client.get(reverse("resources:share"))
    assert response.status_code == 403 and "Join a team to share" in response.content.decode()


def test_sharing_for_someone_elses_team_is_refused(client, network, team, outsider):
    from community.factories import MembershipFactory, TeamFactory

    MembershipFactory(user=outsider, team=TeamFactory(slug="texas"))
    client.force_login(outsider)
    page = client.post(reverse("resources:share"), {**_form(network, team), "file": _pdf()})
    assert page.status_code == 200 and "Select a valid choice" in page.content.decode()
    assert not Resource.objects.exists()


def test_a_new_file_version_keeps_the_old_one_downloadable(
    client, network, team, lead, django_capture_on_commit_callbacks
):
    client.force_login(lead)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("resources:share"), {**_form(network, team), "file": _pdf()})
    resource = Resource.objects.get()
    old_document = resource.document
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("resources:new_file", args=[resource.pk]),
            {"file": _pdf("audit-v2.pdf", "lavender crib census")},
        )
    resource.refresh_from_db()
    assert resource.document != old_document
    assert "lavender crib census" in resource.file_text
    version = ResourceFileVersion.objects.get(resource=resource)
    assert version.number == 1 and version.document == old_document
    old = client.get(reverse("resources:version_download", args=[resource.pk, 1]))
    assert old.status_code == 200


def test_a_file_whose_text_cannot_be_read_records_why(team, lead):
    from resources.factories import DocumentFactory, ResourceFactory

    broken = DocumentFactory(title="Broken")
    resource = ResourceFactory(document=broken, team=team, contributor=lead)
    result = extract_file_text.enqueue(resource.pk, "pdf")
    assert result.return_value == "error"
    resource.refresh_from_db()
    assert resource.file_text == "" and resource.file_text_error


def test_an_editor_asks_for_changes_and_the_contributor_sees_it(
    client, network, team, lead, editor
):
    client.force_login(lead)
    client.post(reverse("resources:share"), {**_form(network, team), "file": _pdf()})
    resource = Resource.objects.get()
    client.force_login(editor)
    url = reverse(
        "wagtailsnippets_resources_resource:workflow_action",
        args=[resource.pk, "reject", resource.current_workflow_task_state.pk],
    )
    assert client.post(url, {"comment": "Please add the year."}).status_code == 302
    resource.refresh_from_db()
    assert resource.status == "changes requested" and not resource.live
    client.force_login(lead)
    assert "Changes requested" in client.get(reverse("resources:mine")).content.decode()


def test_a_new_file_for_a_published_resource_waits_for_the_editors(
    client, network, team, lead, editor, django_capture_on_commit_callbacks
):
    from django.core import mail

    client.force_login(lead)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("resources:share"), {**_form(network, team), "file": _pdf()})
    resource = Resource.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        _approve(client, editor, resource)
    approved = Resource.objects.get().document
    approved_bytes = approved.file.open("rb").read()
    mail.outbox.clear()

    client.force_login(lead)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("resources:new_file", args=[resource.pk]),
            {"file": _pdf("audit-v2.pdf", "lavender crib census")},
        )
    resource.refresh_from_db()
    proposed = resource.proposed_document
    assert resource.live and resource.document == approved and proposed is not None
    assert resource.status == "new version in review"
    assert "lavender" not in resource.file_text
    assert "New version in review" in client.get(reverse("resources:mine")).content.decode()
    assert (
        "is with the editors for review" in client.get(resource.get_absolute_url()).content.decode()
    )
    assert editor.email in {address for message in mail.outbox for address in message.to}

    # Everyone else still gets the approved file, and finds nothing of the new one.
    client.logout()
    download = client.get(reverse("resources:download", args=[resource.pk]))
    assert b"".join(download.streaming_content) == approved_bytes
    assert client.get(proposed.url).status_code == 404
    assert (
        list(client.get(reverse("resources:index"), {"q": "lavender"}).context["resources"]) == []
    )
    page = client.get(resource.get_absolute_url()).content.decode()
    assert "is with the editors for review" not in page
    client.force_login(lead)
    assert client.get(proposed.url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        _approve(client, editor, resource)
    resource.refresh_from_db()
    assert resource.document == proposed and resource.proposed_document is None
    assert "lavender crib census" in resource.file_text
    assert resource.status == "published"
    version = ResourceFileVersion.objects.get(resource=resource)
    assert version.number == 1 and version.document == approved


def test_a_second_new_file_replaces_the_one_waiting(
    client, network, team, lead, editor, django_capture_on_commit_callbacks
):
    client.force_login(lead)
    client.post(reverse("resources:share"), {**_form(network, team), "file": _pdf()})
    resource = Resource.objects.get()
    _approve(client, editor, resource)
    client.force_login(lead)
    for name in ("v2.pdf", "v3.pdf"):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("resources:new_file", args=[resource.pk]), {"file": _pdf(name)})
    resource.refresh_from_db()
    assert resource.proposed_document.filename == "v3.pdf"
    assert not Document.objects.filter(file__endswith="/v2.pdf").exists()
    assert Document.objects.count() == 2  # the approved file and the one waiting


# The share page's form ------------------------------------------------------


def _accept_attribute(page: str) -> set[str]:
    found = re.findall(r'<input type="file" name="file" accept="([^"]*)"', page)
    assert len(found) == 1, found
    return set(found[0].split(","))


def test_the_file_picker_offers_exactly_what_the_upload_check_accepts(client, lead):
    endings = {f".{alias}" for found in uploads.FORMATS for alias in found.aliases}
    assert {".jpe", ".jfif", ".m4v"} <= endings  # the ones a hand-written list left out
    client.force_login(lead)
    page = client.get(reverse("resources:share")).content.decode()
    assert _accept_attribute(page) == endings
    assert set(ACCEPT.split(",")) == endings and len(ACCEPT.split(",")) == len(endings)
    new_file = NewFileForm().fields["file"].widget.attrs["accept"]
    assert new_file == ACCEPT


def test_the_help_text_names_every_kind_the_check_accepts(client, lead):
    client.force_login(lead)
    help_text = str(ShareForm(user=lead).fields["file"].help_text)
    assert help_text == "PDF, Word, PowerPoint, Excel, an image or a video. Or give a link instead."
    for kind in {found.kind for found in uploads.FORMATS}:
        assert KIND_NAMES[kind] in help_text


def test_the_teams_offered_are_the_members_own(client, lead, team):
    from community.factories import MembershipFactory, TeamFactory

    TeamFactory(slug="texas")  # not theirs
    client.force_login(lead)
    form = client.get(reverse("resources:share")).context["form"]
    assert list(form.fields["team"].queryset) == [team]
    assert form.fields["team"].initial == team.pk and form.fields["team"].empty_label is None
    second = MembershipFactory(user=lead, team=TeamFactory(slug="kansas")).team
    form = client.get(reverse("resources:share")).context["form"]
    assert set(form.fields["team"].queryset) == {team, second}
    assert form.fields["team"].initial is None and form.fields["team"].empty_label


def test_the_share_page_costs_a_fixed_number_of_queries(client, lead, team):
    from community.factories import MembershipFactory, TeamFactory

    client.force_login(lead)
    url = reverse("resources:share")
    assert queries_for(client, url) == SHARE_PAGE_QUERIES
    for slug in ("texas", "kansas", "iowa"):
        MembershipFactory(user=lead, team=TeamFactory(slug=slug))
    assert queries_for(client, url) <= SHARE_PAGE_QUERIES


def test_a_share_page_for_an_adaptation_costs_one_more_query(client, people, library):
    """The resource the link names, read by its id; nothing parses an address."""
    client.force_login(people["same team"])
    url = f"{reverse('resources:share')}?adapted_from={library['public'].pk}"
    assert queries_for(client, url) <= SHARE_PAGE_QUERIES + 1


def test_an_adaptation_link_passes_its_resource_without_parsing_an_address(
    client, people, library, network, team, monkeypatch
):
    """The link names the resource by id and the form keeps it: the address
    shown in the field is parsed only if the member changed it."""
    from resources import forms

    source, other = library["public"], library["members"]
    parsed = []
    original = forms._resource_number
    monkeypatch.setattr(
        forms, "_resource_number", lambda text: parsed.append(text) or original(text)
    )
    client.force_login(people["same team"])
    link = f"{reverse('resources:share')}?adapted_from={source.pk}"
    address = client.get(link).context["form"]["adapted_from"].value()
    assert address == f"http://testserver{source.get_absolute_url()}"
    data = {
        **_form(network, team),
        "external_url": "https://example.org/a",
        "adapted_from": address,
    }
    assert client.post(link, data).status_code == 302
    assert Resource.objects.get(external_url="https://example.org/a").adapted_from == source
    assert parsed == []

    pasted = {**data, "external_url": "https://example.org/b", "adapted_from": str(other.pk)}
    assert client.post(link, pasted).status_code == 302  # the member chose another
    assert Resource.objects.get(external_url="https://example.org/b").adapted_from == other
    assert parsed == [str(other.pk)]


@pytest.mark.parametrize("value", ["", "abc", "-1", "١٢", "9" * 30, "/resources/1/"])
def test_an_adaptation_link_with_no_usable_id_fills_in_nothing(client, lead, value):
    client.force_login(lead)
    response = client.get(reverse("resources:share"), {"adapted_from": value})
    assert response.status_code == 200 and response.context["source"] is None
    assert response.context["form"]["adapted_from"].value() in (None, "")


def test_the_contributor_hears_of_the_approval_with_a_link_to_the_resource(
    client, network, team, lead, editor, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://collab.example.org"
    client.force_login(lead)
    client.post(reverse("resources:share"), {**_form(network, team), "file": _pdf()})
    resource = Resource.objects.get()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _approve(client, editor, resource)
    [email] = mailoutbox
    assert email.to == [lead.email]
    assert "is in the library" in email.subject
    assert f"https://collab.example.org{resource.get_absolute_url()}" in email.body
    assert "/admin/" not in email.body


def test_the_contributor_hears_what_the_editor_asked_for(
    client, network, team, lead, editor, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(lead)
    client.post(reverse("resources:share"), {**_form(network, team), "file": _pdf()})
    resource = Resource.objects.get()
    mailoutbox.clear()
    client.force_login(editor)
    url = reverse(
        "wagtailsnippets_resources_resource:workflow_action",
        args=[resource.pk, "reject", resource.current_workflow_task_state.pk],
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"comment": "Please add the year."})
    [email] = mailoutbox
    assert email.to == [lead.email] and "Changes asked for" in email.subject
    assert "Please add the year." in email.body and reverse("resources:mine") in email.body
    assert "/admin/" not in email.body


def test_an_editor_who_shared_gets_the_admin_email_only(
    client, network, team, editor, mailoutbox, django_capture_on_commit_callbacks
):
    from community.factories import MembershipFactory

    MembershipFactory(team=team, user=editor)
    client.force_login(editor)
    client.post(reverse("resources:share"), {**_form(network, team), "file": _pdf()})
    resource = Resource.objects.get()
    mailoutbox.clear()
    other = UserFactory(username="rae")
    other.groups.add(Group.objects.get(name=SiteRole.EDITOR.value))
    with django_capture_on_commit_callbacks(execute=True):
        _approve(client, other, resource)
    assert [m.to for m in mailoutbox] == [[editor.email]]
    assert "/admin/" in mailoutbox[0].body  # Wagtail's, for someone who works there
