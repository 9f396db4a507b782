"""Sharing a resource and giving it a new file: checked, stored, sent to
the editors' moderation workflow, and its text extracted after commit. A
refused or failed share leaves nothing behind."""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.actions.unpublish import UnpublishAction
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument

from community.models import Jurisdiction, LearningNetwork, Team
from kernel import counters
from kernel.admin_mail import works_in_the_admin
from kernel.document_access import member_files
from kernel.fragments import content_changed
from kernel.mail import email_after_commit
from kernel.standing import Account
from resources import permissions
from resources.models import (
    Audience,
    Collection,
    CollectionItem,
    Resource,
    ResourceFileVersion,
    ResourceKind,
    Visibility,
)
from resources.uploads import FORMATS, CheckedUpload, check_upload
from search import indexing as site_search

Document = get_document_model()
T = TypeVar("T")


@dataclass
class ShareDetails:
    title: str
    summary: str
    kind: str
    team: Team
    visibility: str
    networks: list[LearningNetwork] = field(default_factory=list)
    jurisdictions: list[Jurisdiction] = field(default_factory=list)
    audiences: list[Audience] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    body: str = ""
    external_url: str = ""
    language: str = "en"
    licence: str = "cc-by"
    year_published: int | None = None
    adapted_from: Resource | None = None


def _write(
    upload: UploadedFile[bytes], checked: CheckedUpload, title: str, user: Account | None
) -> AbstractDocument:
    """The file written to storage; its row is not saved yet."""
    document = Document(title=title, uploaded_by_user=user, collection=member_files())
    stem = (upload.name or "").rsplit(".", 1)[0][:80] or "resource"
    document.file.save(f"{stem}.{checked.extension}", upload, save=False)
    return document


def _store(
    upload: UploadedFile[bytes], checked: CheckedUpload, title: str, user: Account | None
) -> AbstractDocument:
    document = _write(upload, checked, title, user)
    document.save()
    return document


def _without_leftovers(work: Callable[[list[AbstractDocument]], T]) -> T:
    """Run `work`; if it fails, delete any file it had already written."""
    written: list[AbstractDocument] = []
    try:
        return work(written)
    except Exception:
        for document in written:
            document.file.storage.delete(document.file.name)
        raise


def share_resource(
    user: Account, details: ShareDetails, upload: UploadedFile[bytes] | None
) -> Resource:
    if not permissions.can_share(user) or details.team.pk not in permissions.team_ids(user):
        raise PermissionDenied("Only members of a team can share for that team.")
    if details.adapted_from is not None and not permissions.can_view(user, details.adapted_from):
        raise PermissionDenied("You can only adapt a resource you can open.")
    checked = check_upload(upload, max_bytes=settings.RESOURCE_MAX_UPLOAD_BYTES) if upload else None

    @transaction.atomic
    def work(written: list[AbstractDocument]) -> Resource:
        resource = Resource(
            title=details.title,
            summary=details.summary,
            body=details.body,
            kind=details.kind,
            external_url="" if upload else details.external_url,
            language=details.language,
            licence=details.licence,
            year_published=details.year_published,
            team=details.team,
            contributor=user,
            visibility=details.visibility,
            adapted_from=details.adapted_from,
            live=False,
        )
        if upload and checked is not None:
            resource.document = _store(upload, checked, details.title, user)
            written.append(resource.document)
        resource.full_clean(exclude=["networks", "jurisdictions", "audiences", "topics"])
        # Parental links: held on the object until its one save writes them.
        resource.networks.set(details.networks)
        resource.jurisdictions.set(details.jurisdictions)
        resource.audiences.set(details.audiences)
        resource.topics.set(details.topics)
        resource.save()
        resource.save_revision(user=user)
        resource.get_workflow().start(resource, user)
        if checked:
            _extract_after_commit(resource, checked.kind)
        return resource

    return _without_leftovers(work)


@dataclass
class StoredAttachment:
    """A checked file already in storage, with no row yet: what a discussion
    message holds between checking its files and its own transaction."""

    team: Team
    title: str
    kind: str
    document: AbstractDocument  # its file is written, its row is not


def store_attachment(user: Account, team: Team, upload: UploadedFile[bytes]) -> StoredAttachment:
    """Check a file for a discussion message and write it to storage, before
    (and outside) the transaction that writes the message. That transaction
    calls `keep_attachment`; if it fails, the caller calls
    `discard_attachments`, because on_commit cannot see a rollback."""
    if team.pk not in permissions.team_ids(user):
        raise PermissionDenied("Files are kept with your own team's resources.")
    checked = check_upload(upload, max_bytes=settings.RESOURCE_MAX_UPLOAD_BYTES)
    title = (upload.name or "").rsplit("/", 1)[-1][:200] or "Attachment"
    return StoredAttachment(team, title, checked.kind, _write(upload, checked, title, user))


def store_attachments(
    user: Account, team: Team, uploads: list[UploadedFile[bytes]]
) -> list[StoredAttachment]:
    """`store_attachment` for each file; one refused file removes those
    already stored."""
    stored: list[StoredAttachment] = []
    try:
        for upload in uploads:
            stored.append(store_attachment(user, team, upload))
    except BaseException:
        discard_attachments(stored)
        raise
    return stored


def keep_attachment(
    user: Account, stored: StoredAttachment, attached_to: str = "a discussion"
) -> Resource:
    """The rows of a stored file, in the caller's transaction: a published
    resource only the team can open (no review: nobody outside the team sees
    it)."""
    team = stored.team
    stored.document.save()
    resource = Resource(
        title=stored.title,
        summary=f"Attached to {attached_to} by {team.name}.",
        kind=ResourceKind.OTHER,
        team=team,
        contributor=user,
        visibility=Visibility.TEAM,
        live=True,
        document=stored.document,
    )
    # Parental links: held on the object until its one save writes them.
    resource.networks.set(team.networks.all())
    resource.jurisdictions.set([team.jurisdiction])
    resource.save()
    _extract_after_commit(resource, stored.kind)
    return resource


def discard_attachments(stored: list[StoredAttachment]) -> None:
    """Remove stored files whose rows were never kept (or were rolled back)."""
    for attachment in stored:
        attachment.document.file.storage.delete(attachment.document.file.name)


def attach_file(user: Account, team: Team, upload: UploadedFile[bytes]) -> Resource:
    """A file attached to a discussion message, stored and kept in one go."""
    stored = store_attachment(user, team, upload)
    try:
        with transaction.atomic():
            return keep_attachment(user, stored)
    except Exception:
        discard_attachments([stored])
        raise


def replace_file(user: Account, resource: Resource, upload: UploadedFile[bytes]) -> Resource:
    """A new file for a resource, checked like a first upload. A share not yet
    published takes it at once (it is in review anyway); a published one keeps
    its approved file for everyone until an editor approves the new one
    through the moderation workflow (`accept_proposed_file`)."""
    if not permissions.can_update(user, resource):
        raise PermissionDenied("Only the contributor or a curator can update this resource.")
    checked = check_upload(upload, max_bytes=settings.RESOURCE_MAX_UPLOAD_BYTES)

    @transaction.atomic
    def work(written: list[AbstractDocument]) -> Resource:
        locked = Resource.objects.select_for_update().get(pk=resource.pk)
        document = _store(upload, checked, locked.title, user)
        written.append(document)
        if locked.live:
            _propose(user, locked, document)
        else:
            _make_current(locked, document, user)
            # A file still waiting from before it was unpublished is outdated.
            if superseded := locked.proposed_document:
                locked.proposed_document = locked.proposed_by = None
                locked.save(update_fields=["proposed_document", "proposed_by"])
                transaction.on_commit(lambda: _delete_document(superseded))
            _extract_after_commit(locked, checked.kind)
        return locked

    return _without_leftovers(work)


def _propose(user: Account, resource: Resource, document: AbstractDocument) -> None:
    """Hold the new file for review; a proposal not yet approved is replaced."""
    superseded = resource.proposed_document
    resource.proposed_document, resource.proposed_by = document, user
    resource.save(update_fields=["proposed_document", "proposed_by"])
    if superseded is not None:
        transaction.on_commit(lambda: _delete_document(superseded))
    resource.save_revision(user=user)
    state = resource.current_workflow_state
    if state is None:
        resource.get_workflow().start(resource, user)
    elif state.status == state.STATUS_NEEDS_CHANGES:
        state.resubmit(user)


def accept_proposed_file(resource: Resource) -> None:
    """An editor approved the resource with a new file waiting: it becomes the
    file everyone gets, and the one it replaces stays as a version."""
    with transaction.atomic():
        locked = Resource.objects.select_for_update().get(pk=resource.pk)
        if locked.proposed_document is None:
            return
        document = locked.proposed_document
        _make_current(locked, document, locked.proposed_by)
        locked.proposed_document = locked.proposed_by = None
        locked.save(update_fields=["proposed_document", "proposed_by"])
        _extract_after_commit(locked, _stored_kind(document))


def _make_current(resource: Resource, document: AbstractDocument, user: Account | None) -> None:
    if resource.document_id:
        last = resource.file_versions.aggregate(n=Max("number"))["n"] or 0
        ResourceFileVersion.objects.create(
            resource=resource, document=resource.document, number=last + 1, uploaded_by=user
        )
    resource.document = document
    resource.external_url = ""
    resource.file_text, resource.file_text_error = "", ""
    resource.save(update_fields=["document", "external_url", "file_text", "file_text_error"])


def _stored_kind(document: AbstractDocument) -> str:
    """The kind the upload check found, read again from the stored file's name
    (the check stored it under the extension its content proved)."""
    extension = document.file_extension.lower()
    return next((f.kind for f in FORMATS if extension in f.aliases), "other")


def _delete_document(document: AbstractDocument) -> None:
    document.file.storage.delete(document.file.name)
    document.delete()


def text_changed(*resources: Resource) -> None:
    """The one path for "what this resource is found by changed": its title,
    summary or body, the text inside its file, or what it is filed under. Its
    search document, the one full-text record of its words that the site
    search and the library's keyword box both read, is built again once the
    transaction commits (once, however many saves it made), and kept pages
    that show it go stale. Every save and change of links calls it
    (resources/signals.py), and so does the extraction task, which writes
    the file's text without saving the row."""
    site_search.update(*resources)
    content_changed()


def _extract_after_commit(resource: Resource, kind: str) -> None:
    """The file's text for search, and its preview picture, in the background."""
    from resources.tasks import draw_preview, extract_file_text

    def enqueue() -> None:
        extract_file_text.enqueue(resource.pk, kind)
        draw_preview.enqueue(resource.pk, kind)

    transaction.on_commit(enqueue)


WITHDRAWAL_REASON_MAX = Resource._meta.get_field("withdrawal_reason").max_length or 500


def withdraw(user: Account, resource: Resource, reason: str = "") -> Resource:
    """The contributor takes their share back out of the library: it is
    unpublished (a review under way is cancelled) and marked withdrawn, with
    who, when and why. Its save moves kept pages on and drops its search
    document after commit (`text_changed`, through the save signal); lists,
    feeds, the API, counts and citations stop finding it at once (the
    policy's "find"). Editors still open it; nobody else does."""
    if not permissions.can_withdraw(user, resource):
        if resource.withdrawn and resource.contributor_id == user.pk:
            raise ValidationError(gettext("This resource is already withdrawn."))
        raise PermissionDenied("Only the member who shared a resource can withdraw it.")
    reason = reason.strip()
    if len(reason) > WITHDRAWAL_REASON_MAX:
        raise ValidationError(
            gettext("Say why in %(count)s characters or fewer.") % {"count": WITHDRAWAL_REASON_MAX}
        )
    with transaction.atomic():
        locked = Resource.objects.select_for_update().get(pk=resource.pk)
        if locked.withdrawn:  # withdrawn in another tab meanwhile
            raise ValidationError(gettext("This resource is already withdrawn."))
        _cancel_review(locked, user)
        locked.withdrawn, locked.withdrawn_by, locked.withdrawn_at = True, user, timezone.now()
        locked.withdrawal_reason = reason
        if locked.live:
            # The contributor holds no publishing permission of Wagtail's:
            # the policy above answered for this one action.
            UnpublishAction(locked, user=user).execute(skip_permission_checks=True)
        else:
            locked.save()
        # The latest revision is what an editor's form opens: it must say
        # withdrawn, or publishing it unchanged would put the share back.
        locked.save_revision(user=user, log_action=False)
    return locked


def _cancel_review(resource: Resource, user: Account) -> None:
    state = resource.current_workflow_state
    if state is not None:
        state.cancel(user=user)


VIEWS, DOWNLOADS = "resource-views", "resource-downloads"
COUNTED = {VIEWS: "view_count", DOWNLOADS: "download_count"}


def count_view(resource: Resource) -> tuple[int, int]:
    """One more view of a published resource (none of an unpublished one);
    the counts its page shows: the views before this one, and downloads.
    Kept in Redis and folded into the row every minute (`fold_counts`,
    kernel/counters.py), so that reading a page is not a write; the row
    itself without Redis."""
    pending = counters.tally(resource.pk, (VIEWS, DOWNLOADS), bump=VIEWS if resource.live else None)
    if pending is None:
        if resource.live:
            Resource.objects.filter(pk=resource.pk).update(view_count=F("view_count") + 1)
        return resource.view_count, resource.download_count
    seen = pending[VIEWS] - 1 if resource.live else pending[VIEWS]
    return resource.view_count + seen, resource.download_count + pending[DOWNLOADS]


def count_download(resource: Resource) -> None:
    if counters.tally(resource.pk, (DOWNLOADS,), bump=DOWNLOADS) is None:
        Resource.objects.filter(pk=resource.pk).update(download_count=F("download_count") + 1)


def fold_counts(now: object = None) -> int:
    """The views and downloads kept in Redis, added to the rows (a periodic
    job); how many resources' counts changed."""
    return sum(
        counters.fold(kind, partial(_add_counts, column)) for kind, column in COUNTED.items()
    )


def _add_counts(column: str, counts: dict[int, int]) -> None:
    # One statement per distinct count, not per resource: most resources
    # a minute are seen once or twice.
    by_count: dict[int, list[int]] = {}
    for pk, count in counts.items():
        by_count.setdefault(count, []).append(pk)
    for count, pks in by_count.items():
        Resource.objects.filter(pk__in=pks).update(**{column: F(column) + count})


def create_collection(user: Account, name: str, team: Team | None = None) -> Collection:
    if team is not None and team.pk not in permissions.team_ids(user):
        # Shown to the member (resources.views.collections).
        raise PermissionDenied(gettext("You can only share a collection with your own team."))
    return Collection.objects.create(
        owner=user, name=name.strip()[:120] or gettext("My collection"), team=team
    )


def bookmark(user: Account, collection: Collection, resource: Resource) -> None:
    """Idempotent: a resource is in a collection once."""
    if not permissions.can_change_collection(user, collection):
        raise PermissionDenied("Only the owner changes a collection.")
    if not permissions.can_view(user, resource):
        raise PermissionDenied("No such resource.")
    CollectionItem.objects.get_or_create(collection=collection, resource=resource)


def unbookmark(user: Account, collection: Collection, resource_id: int) -> None:
    if not permissions.can_change_collection(user, collection):
        raise PermissionDenied("Only the owner changes a collection.")
    collection.items.filter(resource_id=resource_id).delete()


def tell_contributor_of_review(resource: Resource, approved: bool, comment: str = "") -> None:
    """The member who shared hears the editors' decision in plain words, with
    links to the site (those who work in the admin get Wagtail's own email)."""
    contributor = resource.contributor
    if contributor is None or works_in_the_admin(contributor):
        return
    template = "share_approved" if approved else "share_declined"
    email_after_commit(
        f"resources/emails/{template}.txt",
        {"resource": resource, "contributor": contributor, "comment": comment},
        [contributor],
    )
