"""A database migrated before the community left `collaboratory/` for its
own app migrates cleanly after it, and nothing in it moves.

`data/before_community_split.sqlite3.gz` is an SQLite database made at commit
beb40be (the last one before the split): every migration of that day
applied, the reference data, a home page, a learning network, a team in
Texas, its lead (a facilitator) and a pending join request. The community
app keeps the label "core", so its tables, its rows in django_migrations and
its content types are the ones already there.

Migrating runs in a child process: it is a whole `manage.py migrate` against
another database file, as an operator would run it after deploying."""

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DUMP = Path(__file__).parent / "data" / "before_community_split.sqlite3.gz"

CHECK = """
import io, json
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from wagtail.models import Page
from community.models import HomePage, JoinRequest, Membership, Team

out = io.StringIO()
call_command("migrate", interactive=False, stdout=out)
team = Team.objects.get(slug="gulf-coast")
pending = io.StringIO()
call_command("makemigrations", check=True, dry_run=True, stdout=pending)
print("RESULT" + json.dumps({
    "migrate": out.getvalue(),
    "team": [team.name, team.jurisdiction.slug, [n.slug for n in team.networks.all()]],
    "lead": list(Membership.objects.filter(team=team).values_list("user__username", "role")),
    "requests": list(JoinRequest.objects.values_list("user__username", "status")),
    "types": sorted(
        f"{ct.model}={ct.model_class().__module__}"
        for ct in ContentType.objects.filter(app_label="core")
    ),
    "home": type(Page.objects.get(depth=2).specific).__name__,
}))
"""


def _restore(target: Path) -> None:
    with gzip.open(DUMP, "rb") as dump:
        target.write_bytes(dump.read())


def test_a_database_from_before_the_split_migrates_with_nothing_moved(tmp_path):
    database = tmp_path / "before.sqlite3"
    _restore(database)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "collaboratory.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
        "REDIS_URL": "",
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", CHECK],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.split("RESULT", 1)[1])

    # The community's two migrations were applied before: neither runs again.
    assert "Applying core.0001" not in result["migrate"]
    assert "Applying core.0002" not in result["migrate"]
    assert result["team"] == ["Gulf Coast Perinatal Team", "texas", ["hypertension"]]
    assert result["lead"] == [["ana", "lead"]]
    assert result["requests"] == [["ben", "pending"]]
    # The content types of that day now name the community app's models.
    assert result["types"] == [
        "homepage=community.models.pages",
        "joinrequest=community.models.membership",
        "jurisdiction=community.models.community",
        "learningnetwork=community.models.community",
        "membership=community.models.membership",
        "profile=community.models.profiles",
        "team=community.models.community",
    ]
    assert result["home"] == "HomePage"
