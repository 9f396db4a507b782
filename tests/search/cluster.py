"""A real OpenSearch 2.19 cluster on loopback, for the live search tests and
for `make opensearch`.

Each node is its own JVM (opensearch-node/, a small Maven project whose
class starts a node from Maven Central's artifacts), so a test can stop one
node, or all of them, and start them again on the same data. Maven builds
the project once and caches its downloads in ~/.m2; ports are chosen free
at start, so two runs on one machine never meet.

    python -m tests.search.cluster --nodes 3    # `make opensearch`: until Ctrl-C
"""

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2] / "opensearch-node"
JAR = PROJECT / "target" / "opensearch-node-1.0.jar"
CLASSPATH = PROJECT / "target" / "classpath.txt"
MAIN = "org.collaboratory.opensearch.ClusterNode"
HEAP = os.environ.get("OPENSEARCH_HEAP", "512m")
STARTUP_SECONDS = 180


class ClusterUnavailable(RuntimeError):
    """Java or Maven is missing, or the cluster did not come up."""


def java_missing() -> str | None:
    """Why no cluster can run here, or None."""
    for tool in ("java", "mvn"):
        if shutil.which(tool) is None:
            return f"{tool} is not on PATH (the machine kind has Java 17 and Maven)"
    return None


def build() -> None:
    """Compile the launcher and write its classpath, when either is older
    than the project's files; the first run downloads OpenSearch."""
    sources = [PROJECT / "pom.xml", *PROJECT.glob("src/**/*.java")]
    newest = max(path.stat().st_mtime for path in sources)
    built = [path for path in (JAR, CLASSPATH) if path.exists()]
    if len(built) == 2 and min(path.stat().st_mtime for path in built) >= newest:
        return
    done = subprocess.run(
        ["mvn", "-q", "-B", "-DskipTests", "package"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if done.returncode:
        raise ClusterUnavailable(f"mvn package failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Node:
    name: str
    home: Path
    http_port: int
    transport_port: int
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"


@dataclass
class Cluster:
    """`nodes` nodes sharing a name; `url` is the first node's address, and
    `urls` every node's, for a client that should ride out one node down."""

    size: int = 1
    http_port: int | None = None  # the first node's; free ones otherwise
    home: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="opensearch-")))
    nodes: list[Node] = field(default_factory=list)

    def __post_init__(self) -> None:
        for number in range(1, self.size + 1):
            http = self.http_port if number == 1 and self.http_port else _free_port()
            self.nodes.append(
                Node(f"node-{number}", self.home / f"node-{number}", http, _free_port())
            )

    @property
    def url(self) -> str:
        return self.nodes[0].url

    @property
    def urls(self) -> list[str]:
        return [node.url for node in self.nodes]

    def start(self) -> "Cluster":
        build()
        for node in self.nodes:
            self.start_node(node, wait=False)
        self.wait_until_healthy()
        return self

    def _command(self, node: Node) -> list[str]:
        classpath = f"{JAR}{os.pathsep}{CLASSPATH.read_text().strip()}"
        command = ["java", f"-Xms{HEAP}", f"-Xmx{HEAP}", "-cp", classpath, MAIN]
        command += ["--home", str(node.home), "--name", node.name]
        command += ["--http-port", str(node.http_port)]
        command += ["--transport-port", str(node.transport_port)]
        if self.size > 1:
            command += ["--peers", ",".join(str(n.transport_port) for n in self.nodes)]
            command += ["--managers", ",".join(n.name for n in self.nodes)]
        return command

    def start_node(self, node: Node, wait: bool = True) -> None:
        node.home.mkdir(parents=True, exist_ok=True)
        log = (node.home / "console.log").open("ab")
        node.process = subprocess.Popen(
            self._command(node), stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT
        )
        if wait:
            self.wait_until_healthy()

    def stop_node(self, node: Node) -> None:
        """As a crash would: the process is gone, its data stays."""
        if node.process is not None and node.process.poll() is None:
            node.process.terminate()
            try:
                node.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                node.process.kill()
                node.process.wait()
        node.process = None

    def stop(self, keep_data: bool = False) -> None:
        for node in self.nodes:
            self.stop_node(node)
        if not keep_data:
            shutil.rmtree(self.home, ignore_errors=True)

    def running(self) -> list[Node]:
        return [n for n in self.nodes if n.process is not None and n.process.poll() is None]

    def wait_until_healthy(self, status: str = "green") -> None:
        """Every running node joined and the cluster at `status` (a cluster
        of one holds no replicas, so it asks for yellow)."""
        wanted = "yellow" if self.size == 1 else status
        up = self.running()
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            for node in self.nodes:
                if node.process is not None and node.process.poll() is not None:
                    raise ClusterUnavailable(f"{node.name} exited:\n{self.log_tail(node)}")
            health = self._health(up[0], wanted, len(up)) if up else None
            if health is not None and not health.get("timed_out", True):
                return
            time.sleep(0.5)
        raise ClusterUnavailable(
            f"no {wanted} cluster within {STARTUP_SECONDS} s:\n{self.log_tail(up[0])}"
        )

    @staticmethod
    def _health(node: Node, status: str, count: int) -> dict | None:
        query = f"wait_for_status={status}&wait_for_nodes={count}&timeout=2s"
        try:
            with urllib.request.urlopen(f"{node.url}/_cluster/health?{query}", timeout=5) as answer:
                return json.load(answer)
        except (urllib.error.URLError, OSError, ValueError):
            return None

    @staticmethod
    def log_tail(node: Node, size: int = 4000) -> str:
        log = node.home / "console.log"
        return log.read_text(errors="replace")[-size:] if log.exists() else "(no output)"


@contextmanager
def running_cluster(size: int = 1, http_port: int | None = None) -> Iterator[Cluster]:
    cluster = Cluster(size, http_port).start()
    try:
        yield cluster
    finally:
        cluster.stop()


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=1, choices=[1, 2, 3, 4, 5])
    parser.add_argument("--port", type=int, default=9250, help="the first node's HTTP port")
    args = parser.parse_args()
    if reason := java_missing():
        raise SystemExit(f"Cannot start OpenSearch: {reason}.")
    # SIGTERM ends the loop as Ctrl-C does, so the nodes stop and their data goes.
    signal.signal(signal.SIGTERM, _interrupted)
    with running_cluster(args.nodes, args.port) as cluster:
        print(f"OpenSearch 2.19, {args.nodes} node(s), data in {cluster.home}")
        print(f"SEARCH_URL={cluster.url} SEARCH_BACKEND=opensearch2")
        print("Ctrl-C stops it.", flush=True)
        try:
            while cluster.running():
                time.sleep(1)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
