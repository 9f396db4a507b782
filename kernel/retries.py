"""Retrying a background task's work when a service blinks.

A task that meets a lost database connection or an unreachable file store
tries again, a few times with a growing pause; if it still fails, the
error propagates and the task backend records the task as failed, with its
traceback, where editors and operators see it. Nothing is dropped silently.
"""

import logging
import time
from collections.abc import Callable
from functools import wraps

from django.db import InterfaceError, OperationalError, close_old_connections

log = logging.getLogger(__name__)
TRANSIENT = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


def retried(attempts: int = 3, pause: float = 0.5) -> Callable:
    def decorate(work: Callable) -> Callable:
        @wraps(work)
        def run(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return work(*args, **kwargs)
                except TRANSIENT as error:
                    if attempt == attempts:
                        raise
                    log.warning(
                        "%s failed (%s); attempt %d of %d", work.__name__, error, attempt, attempts
                    )
                    close_old_connections()  # a dead connection is replaced on the next query
                    time.sleep(pause * attempt)

        return run

    return decorate
