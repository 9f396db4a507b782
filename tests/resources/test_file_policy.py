"""Every stored file answers to the policy of what holds it, by every URL:
Wagtail's own document links, the library's views, and no folder of /media/."""

import importlib
import itertools

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, PageViewRestriction

from community.factories import UserFactory
from kernel import document_access
from kernel.pdf import simple_pdf
from kernel.roles import SiteRole
from resources import permissions, services
from resources.factories import DocumentFactory
from resources.models import Resource, ResourceFileVersion, Visibility

pytestmark = pytest.mark.django_db
Document = get_document_model()
SECRET = simple_pdf("Team notes", ["team-only lavender census"])


def _person(people, name):
    return people[name] or AnonymousUser()


def _fetch(client, user, url):
    client.logout()
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, body


@pytest.mark.parametrize(
    "who", ["anonymous", "member", "same team", "other team", "editor", "contributor"]
)
def test_wagtail_document_links_follow_the_resource_policy(client, library, people, who):
    user = _person(people, who)
    for resource in library.values():
        status, _ = _fetch(client, people[who], resource.document.url)
        allowed = permissions.can_view(user, resource)
        assert (status == 200) == allowed, (who, resource.title, status)
        assert document_access.can_read(user, resource.document) == allowed


def test_a_pending_or_team_only_file_is_not_served_to_a_visitor_by_counting(client, library):
    for document in Document.objects.all():
        status, _ = _fetch(client, None, f"/documents/{document.pk}/{document.filename}")
        holder = Resource.objects.get(document=document)
        public = holder.live and not holder.withdrawn and holder.visibility == Visibility.PUBLIC
        assert (status == 200) == public, holder.title


def test_a_discussion_attachment_is_for_its_team(client, team, people):
    attached = services.attach_file(
        people["same team"], team, SimpleUploadedFile("notes.pdf", SECRET, "application/pdf")
    )
    url = attached.document.url
    assert _fetch(client, None, url)[0] == 404
    assert _fetch(client, people["other team"], url)[0] == 404
    assert _fetch(client, people["member"], url)[0] == 404
    status, body = _fetch(client, people["same team"], url)
    assert status == 200 and body == SECRET


def test_stored_names_cannot_be_guessed(team, people):
    attached = services.attach_file(
        people["same team"], team, SimpleUploadedFile("notes.pdf", SECRET, "application/pdf")
    )
    folder, random_part, name = attached.document.file.name.split("/")
    assert folder == "documents" and name == "notes.pdf" and len(random_part) >= 24
    assert attached.document.collection == document_access.member_files()


def test_media_serves_only_public_pictures_even_in_debug(library):
    import collaboratory.urls

    document = library["public"].document
    try:
        with override_settings(DEBUG=True):
            urls = importlib.reload(collaboratory.urls)
            from django.test import Client

            with override_settings(ROOT_URLCONF=urls):
                client = Client()
                assert client.get(f"/media/{document.file.name}").status_code == 404
                assert client.get("/media/avatars/none.png").status_code == 404  # served, absent
    finally:
        importlib.reload(collaboratory.urls)


@pytest.fixture
def webinar_with_slides(home_page):
    from webinars.factories import (
        WebinarIndexPageFactory,
        WebinarPageFactory,
        WebinarSeriesPageFactory,
        document,
    )

    index = WebinarIndexPageFactory(parent=home_page)
    series = WebinarSeriesPageFactory(parent=index)
    slides = document("Slides", "slides.pdf", b"%PDF-1.4\n% slides\n")
    return WebinarPageFactory(parent=series, slides=slides), slides


def test_webinar_slides_are_as_open_as_the_webinar(client, webinar_with_slides, people):
    page, slides = webinar_with_slides
    assert _fetch(client, None, slides.url)[0] == 200
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert _fetch(client, None, slides.url)[0] == 404
    assert _fetch(client, people["member"], slides.url)[0] == 200
    page.unpublish()
    assert _fetch(client, people["member"], slides.url)[0] == 404
    # Editors manage the site's files in the admin: they check a draft's slides.
    assert _fetch(client, people["editor"], slides.url)[0] == 200


def test_a_file_nothing_holds_is_for_those_who_manage_it(client, people):
    loose = DocumentFactory(title="Loose")
    assert _fetch(client, None, loose.url)[0] == 404
    assert _fetch(client, people["member"], loose.url)[0] == 404
    assert _fetch(client, people["editor"], loose.url)[0] == 200


def test_the_policy_answers_agree(library, people, webinar_with_slides):
    extra = DocumentFactory(title="Loose")
    for who, user in people.items():
        user = user or AnonymousUser()
        readable = set(document_access.readable(user).values_list("pk", flat=True))
        for document in [*Document.objects.all(), extra]:
            assert (document.pk in readable) == document_access.can_read(user, document), (
                who,
                document.title,
            )


# The admin -------------------------------------------------------------------


@pytest.fixture
def moderator():
    user = UserFactory(username="mo")
    user.groups.add(Group.objects.get(name=SiteRole.MODERATOR.value))
    return user


@pytest.fixture
def facilitator():
    user = UserFactory(username="fay")
    user.groups.add(Group.objects.get(name=SiteRole.FACILITATOR.value))
    return user


def test_only_editors_see_files_in_the_admin(client, library, moderator, facilitator, people):
    document_access.arrange_collections()
    site_file = DocumentFactory(
        title="Site slides", collection=document_access.collection_named("Site files")
    )
    for user in (moderator, facilitator):
        client.force_login(user)
        assert client.get(reverse("wagtaildocs:index")).status_code in (302, 403)
    client.force_login(people["editor"])
    listing = client.get(reverse("wagtaildocs:index")).content.decode()
    assert all(r.document.title in listing for r in library.values())
    assert site_file.title in listing


@pytest.mark.parametrize("role", ["editor", "moderator", "facilitator"])
def test_the_document_chooser_answers_every_role(
    client, library, people, moderator, facilitator, role
):
    document_access.arrange_collections()
    user = {"editor": people["editor"], "moderator": moderator, "facilitator": facilitator}[role]
    client.force_login(user)
    for url in (
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtaildocs_chooser:choose") + "?q=x",
    ):
        response = client.get(url)
        assert response.status_code in (200, 302, 403), (role, url, response.status_code)


def test_migrating_moves_member_files(library):
    root = Collection.get_first_root_node()
    Document.objects.update(collection=root)
    document_access.arrange_collections()
    members = document_access.member_files()
    assert set(Document.objects.values_list("collection", flat=True)) == {members.pk}


# A walk over every URL pattern ---------------------------------------------------


def _patterns(resolver, prefix=""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from _patterns(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry


def _named(resolver):
    names = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            namespace = f"{entry.namespace}:" if entry.namespace else ""
            names += [namespace + n for n in _named(entry)]
        elif isinstance(entry, URLPattern) and entry.name:
            names.append(entry.name)
    return names


def test_no_url_serves_a_private_file_without_its_policy(client, team, people):
    """Every named route outside the admin, tried with the numbers and names
    of a team-only resource's file, as a visitor and as another team's member:
    none of them may return the file's bytes."""
    private = services.attach_file(
        people["same team"], team, SimpleUploadedFile("secret.pdf", SECRET, "application/pdf")
    )
    ResourceFileVersion.objects.create(resource=private, document=private.document, number=1)
    ints = sorted({private.pk, private.document.pk, 1})
    words = [private.document.filename, private.document.file.name, "secret"]
    tried = 0
    for name in _named(get_resolver()):
        if name.startswith(("wagtailadmin", "wagtailsnippets", "wagtaildocs:", "wagtailimages")):
            continue  # the admin: staff only, and covered by the admin tests above
        for count in range(0, 4):
            for args in itertools.product(ints + words, repeat=count):
                try:
                    url = reverse(name, args=args)
                except NoReverseMatch:
                    continue
                for user in (None, people["other team"]):
                    tried += 1
                    _, body = _fetch(client, user, url)
                    assert SECRET not in body, (name, url)
    assert tried > 100  # the walk reached the routes, not just a handful


def test_a_page_pointed_at_a_members_file_does_not_open_it(client, webinar_with_slides, people):
    """An editor may edit pages; choosing a team-only file as a published
    webinar's slides must not make it public."""
    page, _ = webinar_with_slides
    private = services.attach_file(
        people["same team"],
        page_team(people),
        SimpleUploadedFile("s.pdf", SECRET, "application/pdf"),
    )
    page.slides = private.document
    page.save_revision().publish()
    assert _fetch(client, None, private.document.url)[0] == 404
    assert _fetch(client, people["other team"], private.document.url)[0] == 404
    assert _fetch(client, people["same team"], private.document.url)[0] == 200
    assert private.document not in document_access.readable(AnonymousUser())


def page_team(people):
    return people["same team"].memberships.get().team
