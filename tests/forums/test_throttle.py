"""The token bucket that limits one websocket connection's requests."""

import pytest

from forums import throttle
from forums.throttle import TokenBucket


@pytest.fixture
def frozen_clock(monkeypatch):
    now = {"now": 1000.0}
    monkeypatch.setattr(throttle, "clock", lambda: now["now"])
    return now


def test_a_bucket_refills_at_its_rate(frozen_clock):
    bucket = TokenBucket(6)
    assert all(bucket.take() for _ in range(6))
    assert not bucket.take()
    assert bucket.retry_after() == 10
    frozen_clock["now"] += 9
    assert not bucket.take() and bucket.retry_after() == 1
    frozen_clock["now"] += 1
    assert bucket.take() and not bucket.take()
    frozen_clock["now"] += 3600  # never more than a minute's worth
    assert sum(bucket.take() for _ in range(10)) == 6
