"""A site of the bench's own for `--quick` runs: an SQLite file in a
temporary folder, in-process cache and channel layer, files in the same
folder, and a tiny library made with the factories.

A quick run checks that a bench still works end to end (its imports, its
queries, its printing), in seconds and on the embedded default; its figures
mean nothing. It never opens the developer's db.sqlite3, Redis or search
cluster, whatever DATABASE_URL, REDIS_URL or SEARCH_URL say, because it
replaces them before Django reads its settings.
"""

import atexit
import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

# Settings that would point a quick run at something shared.
SHARED = ("REDIS_URL", "SEARCH_URL", "TASKS_BACKEND", "STATIC_ROOT")
MEMBER = "ohio.member"  # the member the benches measure as, as in the demo


def wanted() -> bool:
    """Whether this run is a quick one (read before Django is set up)."""
    return "--quick" in sys.argv[1:]


def use_throwaway_database() -> Path:
    """Point this process (and any it starts) at a fresh SQLite file and no
    shared services; the folder is removed when the process ends."""
    workdir = Path(tempfile.mkdtemp(prefix="collaboratory-bench-quick-"))
    atexit.register(shutil.rmtree, workdir, ignore_errors=True)
    for name in SHARED:
        os.environ.pop(name, None)
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(workdir / "media")
    os.environ["DJANGO_SETTINGS_MODULE"] = "collaboratory.settings.dev"
    return workdir


def _schema_key() -> str:
    """Names every migration Django knows, and the text of the project's own:
    a migrated database with the same key has the same schema."""
    from django.db.migrations.loader import MigrationLoader

    digest = hashlib.sha256()
    for app, name in sorted(MigrationLoader(None, ignore_no_migrations=True).disk_migrations):
        digest.update(f"{app}.{name};".encode())
    root = Path(__file__).resolve().parents[1]
    for path in sorted(root.glob("*/migrations/*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def migrate() -> None:
    """Migrate the throwaway database. Migrating takes most of a quick run
    (15 s on a busy machine), so a migrated copy is kept in the temporary
    folder under the schema's key and copied for the next quick run."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections

    kept = Path(tempfile.gettempdir()) / f"collaboratory-bench-migrated-{_schema_key()}.sqlite3"
    target = Path(settings.DATABASES["default"]["NAME"])
    if kept.exists():
        connections.close_all()
        shutil.copyfile(kept, target)
        return
    call_command("migrate", verbosity=0)
    connections.close_all()
    partial = kept.with_suffix(f".{os.getpid()}.partial")
    shutil.copyfile(target, partial)
    os.replace(partial, kept)  # whole or not at all, if two runs race


def build_tiny_library(resources: int = 6) -> None:
    """Migrate the throwaway database and make one network, one team with
    `MEMBER` on it, and a few resources of each visibility, then index them
    for the site search. Call after django.setup()."""
    from django.core.management import call_command

    migrate()
    from community.factories import (
        LearningNetworkFactory,
        MembershipFactory,
        TeamFactory,
        UserFactory,
    )
    from resources.factories import ResourceFactory
    from resources.models import Visibility

    network = LearningNetworkFactory(slug="safe-sleep", name="Safe Sleep")
    team = TeamFactory(name="Ohio State Team", slug="ohio", networks=[network])
    member = MembershipFactory(team=team, user=UserFactory(username=MEMBER)).user
    visibilities = [Visibility.PUBLIC, Visibility.MEMBERS, Visibility.TEAM]
    for n in range(resources):
        ResourceFactory(
            title=f"Safe sleep checklist {n}",
            team=team,
            contributor=member,
            networks=[network],
            visibility=visibilities[n % len(visibilities)],
        )
    call_command("search_index", verbosity=0)
