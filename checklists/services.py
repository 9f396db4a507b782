"""Recording a team's progress on a checklist item: checked against the
progress policy and in full before anything is stored; every change is
kept in the item's history."""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from checklists import permissions
from checklists.models import ChecklistItem, Progress, ProgressChange, Status
from community.models import Team
from kernel.standing import Account
from resources import permissions as resource_permissions
from resources.models import Resource


def record_progress(
    user: Account,
    team: Team,
    item: ChecklistItem,
    status: str,
    since: date | None,
    evidence: Resource | None = None,
    note: str = "",
) -> Progress:
    if not permissions.records_for(user, team.pk):
        raise PermissionDenied("Only the team's members record its progress.")
    errors = _errors(user, team, item, status, since, evidence, note.strip())
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        progress, _ = Progress.objects.select_for_update().get_or_create(team=team, item=item)
        progress.status, progress.since, progress.evidence = status, since, evidence
        progress.note, progress.updated_by = note.strip(), user
        progress.save()
        ProgressChange.objects.create(
            progress=progress,
            status=status,
            since=since,
            evidence=evidence,
            note=progress.note,
            changed_by=user,
        )
    return progress


def _errors(
    user: Account,
    team: Team,
    item: ChecklistItem,
    status: str,
    since: date | None,
    evidence: Resource | None,
    note: str,
) -> list[str]:
    errors = []
    if not team.networks.filter(pk=item.checklist.network_id).exists():
        errors.append(_("This checklist belongs to a network the team is not in."))
    if status not in Status.values:
        errors.append(_("Choose not started, in progress or met."))
    if status == Status.MET and since is None:
        errors.append(_("Give the day the item was met."))
    if since is not None and since > timezone.localdate():
        errors.append(_("The day cannot be in the future."))
    if evidence is not None and not resource_permissions.can_view(user, evidence):
        errors.append(_("Choose evidence from the library that you can open."))
    if len(note) > 300:
        errors.append(_("Keep the note to 300 characters."))
    return errors
