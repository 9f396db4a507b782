"""No two apps import each other, and no longer circle of imports either
(docs/architecture.md, "Which app may depend on which").

Every Python file of each first-party app (each app in INSTALLED_APPS that
lives in this repository; migrations and tests aside) is read with `ast`.
Every import counts: at module level or inside a function, `import x`,
`from x import y`, a relative import (resolved), and `import_module("x")`
with a literal name. The apps build on one another in one direction:

    kernel <- search <- community <- resources <- webinars <- toolkit <- forums

and the project package (`collaboratory`: settings, URLs, ASGI, routing,
API wiring) is no app: it puts them together, and no app imports it.

An app that others build on offers them a registry instead of importing
them (resources.citations, search.documents, kernel.dashboard,
kernel.request_limits). A lookup by name (`apps.get_model`) is not
an import; a function-level import is."""

import ast
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.apps import apps

ROOT = Path(__file__).resolve().parents[2]

# The project package: it puts every app together (settings, URLs, ASGI and
# WSGI entry points, websocket routing, the JSON API's routers), so it may
# import them all, and none may import it.
PROJECT_PACKAGE = "collaboratory"

# Imports allowed although they close a circle, each with its reason. Keep
# this list short: every entry is a debt. (Empty: the last one, the
# community's team documents, went when the community left the kernel.)
EXCEPTIONS: dict[tuple[str, str], str] = {}

# Which app may import which: docs/architecture.md draws the same layers.
MAY_IMPORT = {
    "kernel": set(),
    "search": {"kernel"},
    "community": {"kernel", "search"},
    "resources": {"kernel", "search", "community"},
    # Change ideas and case studies cite moments of webinar recordings.
    "toolkit": {"kernel", "search", "community", "resources", "webinars"},
    "webinars": {"kernel", "search", "community", "resources"},
    "forums": {"kernel", "search", "community", "resources", "toolkit", "webinars"},
    # Its change ideas are named by label ("toolkit.ChangeIdeaPage"), not imported.
    "measures": {"kernel", "search", "community"},
    # A team's tests of change: of the toolkit's ideas, on its measures'
    # charts, talked over in the networks' discussion spaces.
    "pdsa": {"kernel", "search", "community", "resources", "toolkit", "forums", "measures"},
    # A team's workspace gathers its cycles, measures, space and collections,
    # and its calendar feed uses the members' calendar keys (webinars).
    # Checklists: evidence from the library, network figures' audience from
    # the measures.
    "checklists": {"kernel", "search", "community", "resources", "measures"},
    "meetings": {
        "kernel",
        "search",
        "community",
        "resources",
        "toolkit",
        "webinars",
        "forums",
        "measures",
        "pdsa",
    },
}
EXPECTED_APPS = set(MAY_IMPORT)


@dataclass(frozen=True)
class Import:
    path: str  # relative to the repository
    line: int
    module: str  # the module imported, as written (relative imports resolved)

    def __str__(self) -> str:
        return f"{self.path}:{self.line} imports {self.module}"


def first_party_apps(root: Path = ROOT) -> dict[str, Path]:
    """Top-level package name -> folder, for each installed app in the repository."""
    found = {}
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if path.is_relative_to(root) and ".venv" not in path.parts:
            found[config.name] = path
    return found


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_in(source: str, module: str, is_package: bool = False) -> list[tuple[int, str]]:
    """(line, module) for every import in a file's source, at any depth."""
    package = module if is_package else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            # `from app import module` imports app.module: either names the app.
            found.append((node.lineno, target))
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if name not in ("import_module", "__import__") or not isinstance(first, ast.Constant):
                continue
            if isinstance(first.value, str):
                found.append((node.lineno, first.value))
    return found


def _skipped(relative: Path) -> bool:
    return bool({"migrations", "tests", "__pycache__"} & set(relative.parts))


def app_of(module: str, app_names) -> str | None:
    """The app a module belongs to: the longest app name it starts with."""
    owners = [name for name in app_names if module == name or module.startswith(name + ".")]
    return max(owners, key=len, default=None)


def app_imports(root: Path = ROOT, app_folders: dict[str, Path] | None = None) -> dict:
    """(from app, to app) -> the imports that make that edge, listed
    exceptions left out. An import of the project package is an edge to it."""
    app_folders = app_folders if app_folders is not None else first_party_apps(root)
    targets = {**app_folders, PROJECT_PACKAGE: root / PROJECT_PACKAGE}
    edges: dict[tuple[str, str], list[Import]] = defaultdict(list)
    for app, folder in app_folders.items():
        for path in sorted(folder.rglob("*.py")):
            relative = path.relative_to(root)
            if _skipped(relative):
                continue
            module = module_name(path, root)
            if app_of(module, app_folders) != app:
                continue  # a nested app's file: counted for that app
            source = path.read_text(encoding="utf-8")
            for line, target in imports_in(source, module, path.name == "__init__.py"):
                other = app_of(target, targets)
                if other is None or other == app:
                    continue
                if (relative.as_posix(), other) in EXCEPTIONS:
                    continue
                edges[(app, other)].append(Import(relative.as_posix(), line, target))
    return dict(edges)


def circles(edges) -> list[list[str]]:
    """One circle of apps (first app repeated at the end) for each group of
    apps that reach one another (Tarjan's strongly connected components)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for source, target in edges:
        graph[source].add(target)
        graph.setdefault(target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_circle_in(group, graph) for group in groups]


def _circle_in(group: set[str], graph) -> list[str]:
    """A shortest way from the group's first app back to itself."""
    start = min(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for other in sorted(graph[node] & group):
            if other == start:
                return [*paths[node], start]
            if other not in paths:
                paths[other] = [*paths[node], other]
                queue.append(other)
    raise AssertionError(f"no circle in {group}")  # cannot happen for a component


def describe(circle: list[str], edges) -> str:
    lines = [" -> ".join(circle)]
    for source, target in zip(circle, circle[1:], strict=False):
        lines.append(f"  {source} -> {target}:")
        lines += [f"    {found}" for found in edges[(source, target)]]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def edges():
    return app_imports()


def test_every_first_party_app_is_read(edges):
    found = first_party_apps()
    assert set(found) >= EXPECTED_APPS, f"apps not found: {EXPECTED_APPS - set(found)}"
    assert PROJECT_PACKAGE not in found, "the project package is not an app"
    # The check reads real imports: the apps do build on the kernel.
    assert ("resources", "kernel") in edges
    assert ("community", "search") in edges
    assert ("forums", "resources") in edges


def test_each_app_imports_only_the_layers_below_it(edges):
    outside = [
        found
        for (source, target), imports in sorted(edges.items())
        if target not in MAY_IMPORT.get(source, set())
        for found in imports
    ]
    assert not outside, "Imports outside the layers of docs/architecture.md:\n" + "\n".join(
        str(found) for found in outside
    )


def test_no_two_apps_import_each_other(edges):
    both_ways = sorted(
        (source, target)
        for source, target in edges
        if source < target and (target, source) in edges
    )
    report = [describe([source, target, source], edges) for source, target in both_ways]
    assert not report, "Apps import each other:\n" + "\n\n".join(report)


def test_no_longer_circle_of_imports(edges):
    report = [describe(circle, edges) for circle in circles(edges)]
    assert not report, "Apps import one another in a circle:\n" + "\n\n".join(report)


def test_search_builds_on_the_kernel_alone(edges):
    """The search app imports no content app, and names none of their models:
    each app registers its own documents (search.documents.register)."""
    assert {target for source, target in edges if source == "search"} <= {"kernel"}
    labels = {
        model._meta.label_lower
        for config in apps.get_app_configs()
        if config.name in first_party_apps() and config.name != "search"
        for model in config.get_models()
    }
    named = []
    for path in sorted((ROOT / "search").rglob("*.py")):
        if _skipped(path.relative_to(ROOT)):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
                continue
            if node.value.lower() in labels:
                named.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}")
    assert not named, "search names content models:\n" + "\n".join(named)


def test_the_exceptions_are_still_needed():
    """Each exception still exists and still imports its app: a paid debt
    leaves the list."""
    folders = first_party_apps()
    for path, app in EXCEPTIONS:
        file = ROOT / path
        assert file.exists(), f"{path} is gone: take it off EXCEPTIONS"
        module = module_name(file, ROOT)
        targets = {app_of(target, folders) for _, target in imports_in(file.read_text(), module)}
        assert app in targets, f"{path} no longer imports {app}: take it off EXCEPTIONS"


# --- the checker itself finds what it must -------------------------------------


def _tree(tmp_path: Path, files: dict[str, str]) -> dict[str, Path]:
    for name, source in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
    return {app: tmp_path / app for app in ("kernel", "library", "pages", "talk")}


def test_the_checker_finds_a_back_import_inside_a_function(tmp_path):
    folders = _tree(
        tmp_path,
        {
            "kernel/__init__.py": "",
            "library/__init__.py": "",
            "library/views.py": "from kernel import policies\n",
            "kernel/policies.py": "def cited_in():\n    from library.views import x\n",
            "kernel/migrations/0001_initial.py": "import talk\n",  # never read
            "kernel/tests/test_x.py": "import talk\n",  # never read
            "pages/__init__.py": "",
            "talk/__init__.py": "",
        },
    )
    edges = app_imports(tmp_path, folders)
    assert set(edges) == {("library", "kernel"), ("kernel", "library")}
    assert [str(found) for found in edges[("kernel", "library")]] == [
        "kernel/policies.py:2 imports library.views"
    ]
    assert circles(edges) == [["kernel", "library", "kernel"]]


def test_the_checker_finds_a_longer_circle_through_relative_and_dynamic_imports(tmp_path):
    folders = _tree(
        tmp_path,
        {
            "kernel/__init__.py": "",
            "kernel/sub/__init__.py": "from .. import talk_bridge\n",  # kernel.talk_bridge: own app
            "kernel/talk_bridge.py": "import importlib\nimportlib.import_module('pages.models')\n",
            "library/__init__.py": "",
            "pages/__init__.py": "",
            "pages/models.py": "from talk import services\n",
            "talk/__init__.py": "",
            "talk/services.py": "import kernel.sub\n",
        },
    )
    edges = app_imports(tmp_path, folders)
    assert set(edges) == {("kernel", "pages"), ("pages", "talk"), ("talk", "kernel")}
    assert circles(edges) == [["kernel", "pages", "talk", "kernel"]]
    assert "kernel/talk_bridge.py:2 imports pages.models" in describe(circles(edges)[0], edges)
