"""The site's clock: each job's moments, each moment claimed once, the
registered jobs, and the worker that keeps time beside the task queue."""

import threading
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.core.management import call_command

from kernel import periodic
from kernel.management.commands.worker import keep_time

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture(autouse=True)
def fresh_claims():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def ran(monkeypatch):
    """Two jobs of our own in place of the site's."""
    calls: list[tuple[str, datetime]] = []
    jobs = {
        "tick": periodic.Job("tick", lambda now: calls.append(("tick", now)), timedelta(minutes=5)),
        "morning": periodic.Job("morning", lambda now: calls.append(("morning", now)), at=time(7)),
    }
    monkeypatch.setattr(periodic, "_jobs", jobs)
    return calls


def _at(hour: int, minute: int = 0, day: int = 8) -> datetime:
    """Tuesday 8 December 2026 in the site's time zone, by default."""
    return datetime(2026, 12, day, hour, minute, tzinfo=NEW_YORK)


def test_moments_of_every_kind_of_job(settings):
    settings.TIME_ZONE = "America/New_York"
    every = periodic.Job("x", print, interval=timedelta(minutes=5))
    assert every.latest_moment(_at(9, 13)) == _at(9, 10)
    daily = periodic.Job("x", print, at=time(7))
    assert daily.latest_moment(_at(6, 59)) == _at(7, day=7)
    assert daily.latest_moment(_at(7, 0)) == _at(7)
    monday = periodic.Job("x", print, at=time(7), weekday=0)
    assert monday.latest_moment(_at(12)) == _at(7, day=7)  # Tuesday: yesterday's
    assert monday.latest_moment(_at(6, day=7)) == datetime(2026, 11, 30, 7, tzinfo=NEW_YORK)
    # Time zones change the clock, not the moment: 7:00 stays 7:00 local.
    assert daily.latest_moment(datetime(2026, 7, 1, 12, tzinfo=UTC)).hour == 7


def test_each_moment_runs_once_and_a_missed_one_runs_on_return(ran, settings):
    settings.TIME_ZONE = "America/New_York"
    assert periodic.run_due(_at(9, 1)) == ["morning", "tick"]
    assert periodic.run_due(_at(9, 4)) == []  # the same moments: claimed
    assert periodic.run_due(_at(9, 5)) == ["tick"]
    # Stopped from 9:05 to the next day's 10:00: each job runs once on return.
    assert periodic.run_due(_at(10, day=9)) == ["morning", "tick"]
    assert [name for name, _ in ran] == ["morning", "tick", "tick", "morning", "tick"]


def test_a_failing_job_does_not_stop_the_others(monkeypatch, caplog):
    def broken(now):
        raise ValueError("mail server refused")

    calls = []
    monkeypatch.setattr(
        periodic,
        "_jobs",
        {
            "a broken": periodic.Job("a broken", broken, timedelta(minutes=1)),
            "b fine": periodic.Job("b fine", calls.append, timedelta(minutes=1)),
        },
    )
    periodic.run_due(_at(9))
    assert len(calls) == 1  # the task backend recorded the failure; the next job ran


def test_the_site_registers_its_clockwork():
    names = {job.name for job in periodic.jobs()}
    assert {
        "daily digests",
        "weekly digests",
        "meeting reminders",
        "search catch-up",
        "prune task results",
        "webinar reminders",
        "resource counts",
    } <= names
    with pytest.raises(ValueError, match="already registered"):
        periodic.every("daily digests", timedelta(minutes=1), print)


@pytest.mark.django_db(transaction=True)
def test_the_worker_keeps_time_beside_the_task_queue(settings, monkeypatch):
    """The real worker on the database queue: its clock enqueues the due
    job and the worker runs it as a task."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    done = threading.Event()
    monkeypatch.setattr(
        periodic,
        "_jobs",
        {"test": periodic.Job("test", lambda now: done.set(), timedelta(minutes=1))},
    )
    call_command(
        "worker", "--max-tasks", "1", "--no-startup-delay", "--interval", "0.1", verbosity=0
    )
    assert done.is_set()


def test_the_clock_stops_when_told(monkeypatch):
    monkeypatch.setattr(periodic, "_jobs", {})
    stop = threading.Event()
    clock = threading.Thread(target=keep_time, args=(stop, 0.01))
    clock.start()
    stop.set()
    clock.join(timeout=5)
    assert not clock.is_alive()
