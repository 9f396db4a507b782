"""Token buckets: how often one websocket connection may ask for something.

A bucket holds up to `per_minute` tokens and refills at `per_minute` a
minute, so a connection may use a minute's allowance at once and then one
more every 60/`per_minute` seconds. It lives in the consumer, per
connection: nothing shared, nothing stored."""

import math
import time


def clock() -> float:
    """Seconds, monotonic. Tests replace it to stand time still."""
    return time.monotonic()


class TokenBucket:
    def __init__(self, per_minute: int) -> None:
        self.capacity = float(max(per_minute, 1))
        self.rate = self.capacity / 60.0  # tokens a second
        self.tokens = self.capacity
        self.updated = clock()

    def _refill(self) -> None:
        now = clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def take(self) -> bool:
        """Use one token if there is one."""
        self._refill()
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False

    def retry_after(self) -> int:
        """Whole seconds until a token is there (at least 1)."""
        self._refill()
        return max(1, math.ceil((1 - self.tokens) / self.rate))
