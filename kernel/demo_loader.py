"""Reads the demo's words. Each app that seeds demo content keeps its text in
YAML files under `<app>/demo_data/` (with a README saying what is fact and
what is invented); the app's `demo.py` builds pages and rows from what this
module returns. Files are parsed with `yaml.safe_load`, so they hold plain
data only: mappings, lists, strings, numbers, booleans and nulls."""

from importlib import import_module
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = "demo_data"


def data_dir(app: str | Path) -> Path:
    """The folder holding an app's demo data: `<package>/demo_data/` for an
    app's package name (e.g. "toolkit"), or `app` itself when it is a path
    (tests point it at a folder of their own)."""
    if isinstance(app, Path):
        return app
    package_file = import_module(app).__file__
    if package_file is None:
        raise LookupError(f"{app} is not a regular package with a folder of its own")
    return Path(package_file).resolve().parent / DATA_DIR


def read(path: Path) -> Any:
    """One YAML file's data."""
    with path.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def load(app: str | Path, name: str) -> Any:
    """The data of `<app>/demo_data/<name>.yaml`."""
    return read(data_dir(app) / f"{name}.yaml")


def load_dir(app: str | Path, name: str) -> list[Any]:
    """The data of every YAML file in `<app>/demo_data/<name>/`, in file-name
    order: the files are numbered so that order is the order the demo seeds
    them in. An empty or missing folder is an error rather than a demo that
    silently seeds nothing."""
    folder = data_dir(app) / name
    paths = sorted(folder.glob("*.yaml"))
    if not paths:
        raise FileNotFoundError(f"No demo data files in {folder}")
    return [read(path) for path in paths]
