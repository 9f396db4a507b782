"""Work the site does on a clock (digests, reminders, catching the search
cluster up), run by the task worker with no cron or outside scheduler.

Apps register their jobs from `ready()` with `every()` or `daily()`.
`manage.py worker` keeps time beside the task worker: twice a minute it asks
`run_due()`, which claims each job's latest moment in the shared cache (so
several workers run it once) and enqueues `run_job` for it. A worker that was
stopped at a job's moment runs it once when it comes back; a job must be
idempotent all the same (a cache that lost its keys may run one twice), as
every job here is: each records what it sent.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django_tasks import task

log = logging.getLogger(__name__)
EPOCH = datetime(2000, 1, 3, tzinfo=UTC)  # a Monday


@dataclass(frozen=True)
class Job:
    """A job and when it is due. `interval` for a job run every so often;
    `at` (and `weekday`, 0 = Monday) for one run at a time of day in the
    site's time zone."""

    name: str
    run: Callable[[datetime], object]
    interval: timedelta | None = None
    at: time | None = None
    weekday: int | None = None

    def latest_moment(self, now: datetime) -> datetime:
        """The most recent moment at or before `now` when the job was due."""
        if self.interval is not None:
            return EPOCH + self.interval * ((now - EPOCH) // self.interval)
        assert self.at is not None
        local = now.astimezone(ZoneInfo(settings.TIME_ZONE))
        moment = datetime.combine(local.date(), self.at, tzinfo=local.tzinfo)
        if moment > local:
            moment -= timedelta(days=1)
        if self.weekday is not None:
            moment -= timedelta(days=(moment.weekday() - self.weekday) % 7)
        return moment

    def period(self) -> timedelta:
        if self.interval is not None:
            return self.interval
        return timedelta(days=1 if self.weekday is None else 7)


_jobs: dict[str, Job] = {}


def every(name: str, interval: timedelta, run: Callable[[datetime], object]) -> None:
    _register(Job(name, run, interval=interval))


def daily(
    name: str, at: time, run: Callable[[datetime], object], weekday: int | None = None
) -> None:
    """Run at `at` every day, or on `weekday` only (0 = Monday)."""
    _register(Job(name, run, at=at, weekday=weekday))


def _register(job: Job) -> None:
    if job.name in _jobs:
        raise ValueError(f"A periodic job named {job.name!r} is already registered.")
    _jobs[job.name] = job


def jobs() -> list[Job]:
    return sorted(_jobs.values(), key=lambda job: job.name)


def run_due(now: datetime | None = None) -> list[str]:
    """Enqueue every job whose latest moment nobody has claimed yet; the
    names of those enqueued."""
    now = now or timezone.now()
    enqueued = []
    for job in jobs():
        moment = job.latest_moment(now)
        # Kept for two periods: a worker back from a long stop still finds
        # the previous moment's claim and does not run it twice.
        claimed = cache.add(
            f"periodic:{job.name.replace(' ', '-')}:{int(moment.timestamp())}",
            now.isoformat(),
            timeout=int(job.period().total_seconds() * 2),
        )
        if not claimed:
            continue
        try:
            run_job.enqueue(job.name, now.isoformat())
        except Exception:
            log.exception("Could not enqueue the periodic job %s", job.name)
            continue
        enqueued.append(job.name)
    return enqueued


def prune_task_results(now: datetime) -> str:
    """The task queue forgets finished tasks after two weeks."""
    from django.core.management import call_command
    from django_tasks import default_task_backend
    from django_tasks_db.backend import DatabaseBackend

    if not isinstance(default_task_backend, DatabaseBackend):
        return "no task queue"
    call_command("prune_db_task_results", verbosity=0)
    return "pruned"


@task()
def run_job(name: str, now_iso: str) -> str:
    """One run of a registered job, as a task: the worker records how it went."""
    job = _jobs.get(name)
    if job is None:
        # Enqueued by an older release that had this job; nothing to do.
        return "unknown"
    result = job.run(datetime.fromisoformat(now_iso))
    log.info("Periodic job %s: %s", name, result)
    return str(result)
