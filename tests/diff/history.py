"""The ten Braintrust history specs, loaded once per test session (each load is ~0.3 s)."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

from generator.diff.load import Side, load_side
from tests.support import REPO, repo_config

HISTORY = sorted((REPO / "specs" / "history").glob("*.yaml"))


@functools.cache
def side(path: Path) -> Side:
    return load_side(repo_config(), path)


@functools.cache
def document(path: Path) -> dict[str, object]:
    data: dict[str, object] = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return data
