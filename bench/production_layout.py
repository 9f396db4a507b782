"""The production layout under load (platform/local/up.sh: nginx, two app
processes, a task worker), measured with wrk on loopback, each figure
against a baseline taken in the same run (the machines are shared: compare
ratios).

- A resource page for anonymous visitors, cached by nginx, against nginx
  serving a static file of the same size (target: at least 0.8 of its
  requests per second).
- The same page signed in (never cached whole: the app renders it, with the
  parts members share kept as fragments) against the app's minimal view
  `/alive` on the same processes (target: at least 0.3 of its requests per
  second, p95 under 50 ms; its query count is pinned by
  tests/resources/test_listing.py). Its p95 is given twice: under the 32
  connections of the throughput run, where requests queue for the four
  workers, and with one connection per worker.

Each figure and its baseline are loaded in turn, three rounds of four
seconds each (`interleaved`): the machines are shared, and two runs of ten
seconds one after the other met different loads from others.

    apt-get install nginx wrk gettext-base
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \\
    REDIS_URL=redis://127.0.0.1:6379/0 python -m bench.production_layout
"""

import argparse
import json
import os
import re
import subprocess
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from tests.deployment.support import SETUP, Client, admin_url, free_port_block

ROOT = Path(__file__).resolve().parents[1]
WORKERS = 4  # up.sh's default: two app processes of two gunicorn workers
# wrk prints its own percentiles up to 99; the 95th comes from this script.
P95_SCRIPT = (
    "done = function(s, latency, r) "
    'io.write(string.format("p95_us %d\\n", latency:percentile(95))) end'
)


def wrk(url: str, *, seconds: int, connections: int, headers: dict[str, str]) -> dict:
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(P95_SCRIPT)
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", str(script)]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    script.unlink()
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p95_ms": int(re.search(r"p95_us (\d+)", out).group(1)) / 1000,
        "errors": int(errors.group(1)) if errors else 0,
    }


def interleaved(
    targets: dict[str, tuple[str, dict[str, str]]], *, rounds: int, seconds: int, connections: int
) -> dict[str, dict]:
    """Each target and its baseline loaded in turn, `rounds` times: on a
    shared machine the load of others comes and goes, and two runs taken
    one after the other would each meet a different share of it. Requests
    per second over all rounds; the median round's p95."""
    runs: dict[str, list[dict]] = {label: [] for label in targets}
    for _ in range(rounds):
        for label, (target, headers) in targets.items():
            runs[label].append(
                wrk(target, seconds=seconds, connections=connections, headers=headers)
            )
    return {
        label: {
            "rps": sum(run["rps"] for run in done) / len(done),
            "p95_ms": sorted(run["p95_ms"] for run in done)[len(done) // 2],
            "errors": sum(run["errors"] for run in done),
            "rounds": [round(run["rps"]) for run in done],
        }
        for label, done in runs.items()
    }


def bring_up(run_dir: Path, database_url: str, redis_url: str) -> tuple[dict, dict]:
    name = f"collaboratory_bench_platform_{uuid.uuid4().hex[:6]}"
    import psycopg

    with psycopg.connect(admin_url(database_url), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = free_port_block(5)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "collaboratory.settings.production",
        "DATABASE_URL": database_url.rsplit("/", 1)[0] + "/" + name,
        "REDIS_URL": urlunsplit(urlsplit(redis_url)._replace(path="/13")),
        "SECRET_KEY": "bench-" + uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": f"https://127.0.0.1:{base}",
        "NGINX_PORT": str(base),
        "APP_PORT_BASE": str(base),
        "PATH": os.environ.get("PATH", "") + ":/usr/sbin",
    }
    subprocess.run([str(ROOT / "platform/local/up.sh"), str(run_dir)], env=env, check=True)
    python = str(ROOT / ".venv/bin/python")
    made = (
        subprocess.run(
            [python, "manage.py", "shell", "-c", SETUP],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    return env | {"_name": name, "_url": f"http://127.0.0.1:{base}"}, json.loads(made)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=4, help="of each round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    run_dir = Path(tempfile.mkdtemp(prefix="collaboratory-bench-platform-"))
    env, made = bring_up(run_dir, os.environ["DATABASE_URL"], os.environ["REDIS_URL"])
    url = env["_url"]
    proxied = {"X-Forwarded-Proto": "https"}
    try:
        page_url = url + made["resource_url"]
        body = Client().call(page_url)[1].encode()
        (run_dir / "static" / "same-size.html").write_bytes(body)
        member = Client()
        member.log_in(url, "ohio.member")
        signed_in = proxied | {"Cookie": "; ".join(f"{k}={v}" for k, v in member.cookies.items())}
        load = {"rounds": args.rounds, "seconds": args.seconds, "connections": args.connections}
        rows = {
            **interleaved(
                {
                    "static file, same size (nginx)": (url + "/static/same-size.html", proxied),
                    "resource page, anonymous (nginx cache)": (page_url, proxied),
                },
                **load,
            ),
            **interleaved(
                {
                    "minimal view /alive (app)": (url + "/alive", proxied),
                    "resource page, signed in (app)": (page_url, signed_in),
                },
                **load,
            ),
            # One connection per HTTP worker: busy, but nobody queues behind
            # another's request; the latency a member sees.
            "resource page, signed in, one connection per worker": wrk(
                page_url,
                headers=signed_in,
                seconds=args.seconds * args.rounds,
                connections=WORKERS,
            ),
        }
    finally:
        subprocess.run([str(ROOT / "platform/local/down.sh"), str(run_dir)], env=env)
        import psycopg

        with psycopg.connect(admin_url(os.environ["DATABASE_URL"]), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{env["_name"]}" WITH (FORCE)')
    print(
        f"page: {len(body)} bytes; wrk -t2 -c{args.connections} -d{args.seconds}s, "
        f"{args.rounds} rounds taken in turn with their baseline\n"
    )
    print("| measure | requests/s | p95 (ms) | non-2xx | rounds |")
    print("|---|---:|---:|---:|---|")
    for label, row in rows.items():
        each = ", ".join(map(str, row.get("rounds", [])))
        print(f"| {label} | {row['rps']:.0f} | {row['p95_ms']:.1f} | {row['errors']} | {each} |")
    names = list(rows)
    cached = rows[names[1]]["rps"] / rows[names[0]]["rps"]
    uncached = rows[names[3]]["rps"] / rows[names[2]]["rps"]
    print(f"\ncached anonymous page ÷ static file: {cached:.2f} (target ≥ 0.8)")
    print(
        f"signed-in page ÷ minimal view: {uncached:.2f} (target ≥ 0.3); "
        f"signed-in p95 {rows[names[3]]['p95_ms']:.1f} ms at {args.connections} connections, "
        f"{rows[names[4]]['p95_ms']:.1f} ms at {WORKERS} (target < 50)"
    )


if __name__ == "__main__":
    main()
