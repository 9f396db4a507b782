import importlib
import logging
import random
from collections.abc import Iterator
from contextlib import contextmanager

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from community.factories import DEFAULT_PASSWORD
from community.models import LearningNetwork


class Command(BaseCommand):
    help = (
        "Build a realistic demo collaborative: networks, teams, people, pages. Each app adds its "
        "own content through a `demo.seed(rng, out)` function. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2026, help="Random seed (default 2026).")
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Seed even under production settings (demo logins have a known password).",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already holds a collaborative.",
        )

    def handle(self, *args, seed: int, if_empty: bool, allow_production: bool, **options):
        if not settings.DEMO_CONTENT_ALLOWED and not allow_production:
            raise CommandError(
                "Demo accounts share a published password; these settings do not allow them. "
                "Pass --allow-production to seed anyway."
            )
        if if_empty and LearningNetwork.objects.exists():
            self.stdout.write("The database already holds a collaborative; not seeding.")
            return
        rng = random.Random(seed)
        logins = []
        self.stdout.write("Building the demo collaborative:")
        with transaction.atomic(), _quietly():
            seeders = [self._demo_module(app.name) for app in apps.get_app_configs()]
            seeders = [seeder for seeder in seeders if seeder is not None]
            for seeder in seeders:
                logins += seeder.seed(rng, self.stdout.write) or []
            # What links one app's demo to a later one's (the toolkit's moments of
            # the webinars' recordings) runs once every app has seeded.
            for seeder in seeders:
                if hasattr(seeder, "finish"):
                    seeder.finish(self.stdout.write)
        self._print_logins(logins)

    @staticmethod
    def _demo_module(app_name: str):
        try:
            module = importlib.import_module(f"{app_name}.demo")
        except ModuleNotFoundError as error:
            if error.name == f"{app_name}.demo":
                return None
            raise
        return module if hasattr(module, "seed") else None

    def _print_logins(self, logins) -> None:
        self.stdout.write(self.style.SUCCESS("\nDemo content is ready. Log in with:"))
        width = max(len(person.username) for person in logins) if logins else 0
        for person in logins:
            self.stdout.write(f"  {person.username:<{width}}  {person.name}: {person.does}")
        self.stdout.write(f"Every demo account's password is: {DEFAULT_PASSWORD}")


@contextmanager
def _quietly() -> Iterator[None]:
    """Seeding publishes hundreds of pages, which Wagtail logs one line each
    (INFO), and submits resources for review, which mails the demo's editors.
    Neither tells whoever runs the quick start anything: each app's count
    and the accounts, printed by the command, do. Warnings still show."""
    wagtail = logging.getLogger("wagtail")
    level = wagtail.level
    wagtail.setLevel(logging.WARNING)
    try:
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            yield
    finally:
        wagtail.setLevel(level)
