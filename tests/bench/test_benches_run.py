"""Every bench docs/performance.md documents runs the way it is documented.

Each documented command is run as a subprocess in its smallest form: `--quick`
(a throwaway SQLite site of the bench's own), or `--help` for the benches
that need PostgreSQL, Redis, nginx or wrk and so cannot run on the embedded
default (`--help` still proves the command starts: `python bench/<x>.py`
once crashed at `import uuid` because bench/platform.py shadowed the
standard library's `platform`). The subprocess gets a throwaway DATABASE_URL
and no REDIS_URL, so even a bench that ignored its own throwaway site could
not touch the developer's db.sqlite3, the suite's database or its Redis.
"""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "performance.md"
# A command in backticks: `python -m bench.x …` or `.venv/bin/python bench/x.py …`.
COMMAND = re.compile(r"`((?:\.venv/bin/)?python (?:-m bench\.(\w+)|bench/(\w+)\.py)[^`]*)`")
NEEDS_SERVICES = {"discussions", "idle_sockets", "production_layout"}
HELPERS = {"__init__", "throwaway", "timing"}  # modules of bench/ that are not benches
TIMEOUT = 120


def documented() -> dict[str, list[str]]:
    """Each bench's first documented command, as argv without the interpreter."""
    found: dict[str, list[str]] = {}
    for command, module, script in COMMAND.findall(DOC.read_text()):
        name = module or script
        found.setdefault(name, shlex.split(command)[1:])
    return found


def test_every_bench_is_documented_and_every_documented_bench_exists():
    benches = {path.stem for path in (ROOT / "bench").glob("*.py")} - HELPERS
    assert set(documented()) == benches


@pytest.mark.parametrize("name", sorted(documented()))
def test_the_documented_command_runs(name, tmp_path):
    if name == "page_weight" and not Path(os.environ.get("CHROMIUM", "/usr/bin/chromium")).exists():
        pytest.skip("page_weight drives Chromium, which is not installed")
    argv = documented()[name]
    smallest = "--help" if name in NEEDS_SERVICES else "--quick"
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "SEARCH_URL"}}
    env |= {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'never-used.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "collaboratory.settings.dev",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    run = subprocess.run(
        [sys.executable, *argv, smallest],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert run.returncode == 0, f"{' '.join(argv)} {smallest}:\n{run.stdout}\n{run.stderr}"
    assert run.stdout.strip()


def test_the_search_bench_runs_against_a_real_cluster(tmp_path):
    """`bench.search --cluster` on the tiny throwaway library and a one-node
    OpenSearch cluster of its own: the figures of docs/performance.md's
    cluster table come from this code path."""
    from tests.conftest import _missing
    from tests.search import cluster

    if reason := cluster.java_missing():
        _missing(f"No OpenSearch cluster: {reason}")
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "SEARCH_URL"}}
    env |= {"DJANGO_SETTINGS_MODULE": "collaboratory.settings.dev", "OPENSEARCH_HEAP": "512m"}
    run = subprocess.run(
        [sys.executable, "-m", "bench.search", "--cluster", "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT * 3,
    )
    assert run.returncode == 0, f"{run.stdout}\n{run.stderr}"
    assert "a full rebuild sent" in run.stdout
    assert "| **whole mix** | both |" in run.stdout
