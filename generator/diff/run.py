"""One diff, from two files (or two loaded documents) to a :class:`Report`."""

from __future__ import annotations

from pathlib import Path

from ..config import Config
from .compare import compare_apis
from .load import Side, load_side
from .model import Report


def diff_sides(old: Side, new: Side, current_version: str) -> Report:
    return Report(old.info(), new.info(), tuple(compare_apis(old, new)), current_version)


def diff_files(config: Config, old: Path, new: Path, current_version: str | None = None) -> Report:
    """Both documents through the same stages, under the same configuration (its naming overrides)."""
    old_side = load_side(config, old)
    new_side = load_side(config, new)
    return diff_sides(old_side, new_side, current_version or config.package_version)
