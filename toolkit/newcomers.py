"""The newcomer path: which steps a member has done, and what comes next."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction

from kernel.standing import Account, AnyUser
from toolkit.models import NewcomerProgress, StartHerePage


@dataclass
class Step:
    id: str
    number: int
    value: dict
    done: bool
    is_next: bool


def path_for(page: StartHerePage, user: AnyUser) -> list[Step]:
    done = set()
    if user.is_authenticated and page.pk:
        done = set(
            NewcomerProgress.objects.filter(user=user, page=page).values_list("step", flat=True)
        )
    steps, next_found = [], False
    for number, block in enumerate(page.steps, start=1):
        is_done = block.id in done
        is_next = not is_done and not next_found
        next_found = next_found or is_next
        steps.append(Step(block.id, number, block.value, is_done, is_next))
    return steps


def step_ids(page: StartHerePage) -> set[str]:
    return {block.id for block in page.steps}


def mark_step_done(user: Account, page: StartHerePage, step: str) -> None:
    """Idempotent: marking a step twice keeps one record."""
    if step not in step_ids(page):
        raise ValueError(f"{page.title} has no step {step!r}.")
    try:
        with transaction.atomic():
            NewcomerProgress.objects.get_or_create(user=user, page=page, step=step)
    except IntegrityError:  # the same click twice at once
        pass


def mark_step_not_done(user: Account, page: StartHerePage, step: str) -> None:
    NewcomerProgress.objects.filter(user=user, page=page, step=step).delete()
