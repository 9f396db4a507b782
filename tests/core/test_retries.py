"""A task's work is retried when a service blinks, and recorded as failed
when it does not come back."""

import pytest
from django.db import OperationalError

from kernel.retries import retried

pytestmark = pytest.mark.django_db  # a retry closes stale connections


def test_a_transient_failure_is_retried_until_it_works():
    calls = []

    @retried(attempts=3, pause=0)
    def work():
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("server closed the connection unexpectedly")
        return "ok"

    assert work() == "ok"
    assert len(calls) == 3


@pytest.mark.parametrize(
    "error, calls_made",
    [
        (OperationalError("database is away"), 2),  # an outage: every attempt, then raised
        (ValueError("a bug, not an outage"), 1),  # a bug: raised at once
    ],
    ids=["lasting outage", "bug"],
)
def test_what_does_not_come_back_propagates(error, calls_made):
    calls = []

    @retried(attempts=2, pause=0)
    def work():
        calls.append(1)
        raise error

    with pytest.raises(type(error)):
        work()
    assert len(calls) == calls_made


def test_a_failed_task_is_recorded_not_dropped(monkeypatch):
    from django_tasks import TaskResultStatus

    from resources import tasks

    def away(*args, **kwargs):
        raise OperationalError("database is away")

    monkeypatch.setattr(tasks.Resource.objects, "select_related", away)
    monkeypatch.setattr("kernel.retries.time.sleep", lambda seconds: None)
    result = tasks.extract_file_text.enqueue(1, "pdf")
    assert result.status == TaskResultStatus.FAILED
    assert "database is away" in result.errors[0].traceback
