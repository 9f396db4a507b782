"""The demo's words are read from YAML: one file, or a folder of numbered
files in name order; plain data only."""

from pathlib import Path

import pytest
import yaml

from kernel import demo_loader


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_an_apps_data_folder_sits_in_its_package():
    folder = demo_loader.data_dir("toolkit")
    assert folder.name == "demo_data" and folder.parent.name == "toolkit"
    assert folder.is_dir()


def test_load_reads_one_named_file(tmp_path):
    _write(tmp_path / "series.yaml", "- slug: one\n  intro: >-\n    Folded\n    words.\n")
    assert demo_loader.load(tmp_path, "series") == [{"slug": "one", "intro": "Folded words."}]


def test_load_dir_reads_every_file_in_name_order(tmp_path):
    # Written out of order, and a non-YAML file beside them that is not data.
    _write(tmp_path / "items/10-last.yaml", "name: last\n")
    _write(tmp_path / "items/02-second.yaml", "name: second\n")
    _write(tmp_path / "items/01-first.yaml", "name: first\n")
    _write(tmp_path / "items/README.md", "# not data\n")
    names = [item["name"] for item in demo_loader.load_dir(tmp_path, "items")]
    assert names == ["first", "second", "last"]


def test_an_empty_or_missing_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError):
        demo_loader.load_dir(tmp_path, "empty")
    with pytest.raises(FileNotFoundError):
        demo_loader.load_dir(tmp_path, "missing")


def test_files_hold_plain_data_only(tmp_path):
    # safe_load refuses tags that would build Python objects.
    _write(tmp_path / "evil.yaml", "!!python/object/apply:os.system ['true']\n")
    with pytest.raises(yaml.constructor.ConstructorError):
        demo_loader.load(tmp_path, "evil")
