"""Writes to a team's PDSA cycles: record one (with its files), change it,
share it, and start a discussion with the teams testing the same idea.

Every write is checked against the cycle policy first and validated in full
before anything is stored: a refused cycle stores no row and keeps no file."""

from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from community.models import LearningNetwork, Team
from forums.models import Message
from forums.services.spaces import network_space
from forums.services.threads import start_thread
from kernel.standing import Account
from measures.models import TrackedMeasure
from pdsa import permissions, queries
from pdsa.models import Cycle, Decision, Sharing
from resources.services import discard_attachments, keep_attachment, store_attachments

MAX_FILES = 5
TEXT_LIMIT = 5000


@dataclass
class CycleDetails:
    """What a team writes about a cycle (from its form)."""

    title: str
    question: str
    starts_on: date | None
    change_idea: object | None = None  # a toolkit.ChangeIdeaPage
    own_idea: str = ""
    follows: Cycle | None = None
    prediction: str = ""
    plan_who: str = ""
    plan_what: str = ""
    plan_where: str = ""
    plan_data: str = ""
    ends_on: date | None = None
    what_happened: str = ""
    study: str = ""
    measure: TrackedMeasure | None = None
    decision: str = ""
    files: list[UploadedFile[bytes]] = field(default_factory=list)

    TEXTS = (
        "question",
        "prediction",
        "plan_who",
        "plan_what",
        "plan_where",
        "plan_data",
        "what_happened",
        "study",
    )


def record_cycle(user: Account, team: Team, details: CycleDetails) -> Cycle:
    """A new cycle of the team's, private to it and its coaches."""
    if not permissions.records_for(user, team.pk):
        raise PermissionDenied("Only the team's members record its PDSA cycles.")
    return _write(user, Cycle(team=team, created_by=user), details)


def change_cycle(user: Account, cycle: Cycle, details: CycleDetails) -> Cycle:
    if not permissions.can_change(user, cycle):
        raise PermissionDenied("Only the team's members change its PDSA cycles.")
    return _write(user, cycle, details)


def _write(user: Account, cycle: Cycle, details: CycleDetails) -> Cycle:
    errors = cycle_errors(cycle, details)
    if errors:
        raise ValidationError(errors)
    for name in ("title", "own_idea", *CycleDetails.TEXTS):
        setattr(cycle, name, getattr(details, name).strip())
    for name in ("change_idea", "follows", "starts_on", "ends_on", "measure", "decision"):
        setattr(cycle, name, getattr(details, name))
    if details.change_idea is not None:
        cycle.own_idea = ""
    stored = store_attachments(user, cycle.team, details.files)
    try:
        with transaction.atomic():
            cycle.save()
            # Translators: completes "Attached to … by <team>." (a file's summary).
            what = _("a PDSA cycle")
            kept = [keep_attachment(user, file, what) for file in stored]
            cycle.attachments.add(*kept)
    except BaseException:
        discard_attachments(stored)
        raise
    return cycle


def cycle_errors(cycle: Cycle, details: CycleDetails) -> list[str]:
    """Everything wrong with what was written, in the team's words."""
    errors = []
    if not details.title.strip():
        errors.append(_("Give the cycle a short title."))
    elif len(details.title.strip()) > 200:
        errors.append(_("Keep the title to 200 characters."))
    if not details.question.strip():
        errors.append(_("Say what the team wants to learn from this test."))
    if details.change_idea is None and not details.own_idea.strip():
        errors.append(_("Choose the change idea tested, or name the team's own."))
    if len(details.own_idea.strip()) > 200:
        errors.append(_("Name the team's own idea in 200 characters or fewer."))
    if any(len(getattr(details, name)) > TEXT_LIMIT for name in CycleDetails.TEXTS):
        errors.append(_("Keep each part to %(limit)s characters.") % {"limit": TEXT_LIMIT})
    errors += _date_errors(details)
    errors += _link_errors(cycle, details)
    if details.decision and details.decision not in Decision.values:
        errors.append(_("Choose adopt, adapt or abandon."))
    if details.decision and not details.study.strip():
        errors.append(_("Write the study of the results before deciding."))
    if len(details.files) > MAX_FILES:
        errors.append(_("Attach up to %(most)s files to one cycle.") % {"most": MAX_FILES})
    return errors


def _date_errors(details: CycleDetails) -> list[str]:
    if details.starts_on is None:
        return [_("Give the day the test starts.")]
    if details.ends_on is not None and details.ends_on < details.starts_on:
        return [_("The test cannot end before it starts.")]
    return []


def _link_errors(cycle: Cycle, details: CycleDetails) -> list[str]:
    """The cycle it follows and the measure it watches must be the team's own."""
    errors = []
    follows = details.follows
    if follows is not None:
        if follows.team_id != cycle.team_id:
            errors.append(_("A cycle can only follow one of the same team's cycles."))
        elif cycle.pk and follows.pk in {cycle.pk, *queries.built_on(cycle)}:
            errors.append(_("A cycle cannot follow itself or a cycle that follows it."))
    if details.measure is not None and details.measure.team_id != cycle.team_id:
        errors.append(_("Choose one of the measures the team tracks."))
    return errors


def share_cycle(user: Account, cycle: Cycle, sharing: str) -> Cycle:
    """Keep the cycle to the team, or share it with its networks or everyone."""
    if not permissions.can_change(user, cycle):
        raise PermissionDenied("Only the team's members share its PDSA cycles.")
    if sharing not in Sharing.values:
        raise ValidationError(_("Choose who sees the cycle."))
    cycle.sharing = sharing
    cycle.save(update_fields=["sharing", "updated_at"])
    return cycle


def delete_cycle(user: Account, cycle: Cycle) -> None:
    """A cycle recorded by mistake. The cycles that followed it start the ramp
    afresh; its files stay in the team's resources."""
    if not permissions.can_change(user, cycle):
        raise PermissionDenied("Only the team's members delete its PDSA cycles.")
    cycle.delete()


def talk_with_peers(
    user: Account, cycle: Cycle, network: LearningNetwork, title: str, body: str
) -> Message:
    """A thread in one of the team's networks' spaces, mentioning the other
    teams testing the cycle's change idea that this person can see."""
    if not permissions.can_change(user, cycle):
        raise PermissionDenied("Only the team's members start this discussion.")
    if not cycle.team.networks.filter(pk=network.pk).exists():
        raise ValidationError(_("Choose one of your team's learning networks."))
    return start_thread(user, network_space(network), title, body)
