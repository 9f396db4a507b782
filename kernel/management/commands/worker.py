"""The task worker, keeping time for the periodic jobs (kernel/periodic.py):
`manage.py worker` takes every option of `db_worker`. With a task backend
that needs no worker (the default, which runs tasks as they are enqueued) it
keeps time alone and runs the jobs itself."""

import contextlib
import logging
import threading

from django.db import close_old_connections
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.management.commands import db_worker

from kernel import periodic

log = logging.getLogger(__name__)
TICK_SECONDS = 30.0


def keep_time(stop: threading.Event, seconds: float = TICK_SECONDS) -> None:
    while not stop.is_set():
        close_old_connections()
        try:
            periodic.run_due()
        except Exception:
            # A database or cache away for a moment: the next tick tries again.
            log.exception("The periodic jobs could not be checked")
        stop.wait(seconds)


class Command(db_worker.Command):
    help = (
        "Run the task worker and, beside it, the site's periodic jobs (discussion digests, "
        "meeting and webinar reminders, search catch-up) at their times. Takes db_worker's "
        "options."
    )

    def handle(self, *args, backend_name: str, **options) -> None:
        stop = threading.Event()
        if not isinstance(task_backends[backend_name], DatabaseBackend):
            self.stdout.write("No task queue (TASKS_BACKEND): running the periodic jobs only.")
            with contextlib.suppress(KeyboardInterrupt):
                keep_time(stop)
            return
        clock = threading.Thread(target=keep_time, args=(stop,), name="periodic", daemon=True)
        clock.start()
        try:
            super().handle(*args, backend_name=backend_name, **options)
        finally:
            stop.set()
