"""A task's work is retried when a service blinks, and recorded as failed
when it does not come back."""

import pytest
from django.db import OperationalError

from collaboratory.retries import retried

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


def test_a_lasting_failure_propagates_after_the_last_attempt():
    calls = []

    @retried(attempts=2, pause=0)
    def work():
        calls.append(1)
        raise OperationalError("database is away")

    with pytest.raises(OperationalError):
        work()
    assert len(calls) == 2


def test_a_bug_is_not_retried():
    calls = []

    @retried(attempts=3, pause=0)
    def work():
        calls.append(1)
        raise ValueError("a bug, not an outage")

    with pytest.raises(ValueError):
        work()
    assert len(calls) == 1


def test_a_failed_task_is_recorded_not_dropped(monkeypatch):
    from django_tasks import TaskResultStatus

    from resources import tasks

    def away(*args, **kwargs):
        raise OperationalError("database is away")

    monkeypatch.setattr(tasks.Resource.objects, "select_related", away)
    monkeypatch.setattr("collaboratory.retries.time.sleep", lambda seconds: None)
    result = tasks.extract_file_text.enqueue(1, "pdf")
    assert result.status == TaskResultStatus.FAILED
    assert "database is away" in result.errors[0].traceback
