"""Acceptance 2: the ten history specs diffed in date order, and the 3.1 -> 3.0 switch reported only where the API changed.

The first two specs say OpenAPI 3.1.0 (null as a type list), the others 3.0.3 (``nullable``). The diff
compares the IR, so the encoding must not show: each spec re-encoded the other way diffs to nothing, and
the real 3.1 -> 3.0 step gives exactly the same report whichever encoding either side is written in.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.diff.compare import compare_apis
from generator.diff.load import load_side
from generator.diff.run import diff_sides
from tests.support import repo_config

from .history import HISTORY, SUMMARY, document, side, step_summaries
from .reencode import to_30, to_31


def test_the_history_is_there_in_date_order() -> None:
    assert len(HISTORY) == 10
    versions = [str(document(path)["openapi"]) for path in HISTORY]
    assert versions[:2] == ["3.1.0", "3.1.0"]
    assert set(versions[2:]) == {"3.0.3"}


def test_the_reports_are_what_the_golden_summary_says() -> None:
    # history_reports.json is written by `python -m tests.diff.history`: regenerate it when the diff's
    # rules change on purpose, and review its diff
    assert step_summaries() == json.loads(SUMMARY.read_text(encoding="utf-8"))


@pytest.mark.parametrize("step", range(len(HISTORY) - 1), ids=lambda i: f"{HISTORY[i].stem}..{HISTORY[i + 1].stem}")
def test_each_step_gives_a_consistent_report(step: int) -> None:
    old, new = HISTORY[step], HISTORY[step + 1]
    report = diff_sides(side(old), side(new), "1.0.0")
    assert report.changes
    assert len(report.breaking) == sum(c.kind.classification == "breaking" for c in report.changes)
    assert (report.bump.label == "major") == bool(report.breaking)
    for change in report.changes:
        assert change.message and "#" in change.pointer
        assert change.document in ("old", "new")
        pointed = side(new) if change.document == "new" else side(old)
        if change.pointer.startswith("#"):
            assert pointed.exists(change.pointer), (change.pointer, change.message)
        else:  # a schema in another file: the streaming events of the configuration
            assert Path(change.pointer.split("#")[0]).is_file(), change.pointer


def _reencoded(path: Path, tmp_path: Path) -> Path:
    data = document(path)
    converted = to_30(data) if str(data["openapi"]).startswith("3.1") else to_31(data)
    out = tmp_path / path.name
    out.write_text(yaml.dump(converted, Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8")
    return out


@pytest.mark.parametrize("path", HISTORY, ids=lambda p: p.stem)
def test_the_same_api_in_the_other_encoding_is_no_change(path: Path, tmp_path: Path) -> None:
    other = load_side(repo_config(), _reencoded(path, tmp_path))
    assert other.info().openapi != side(path).info().openapi
    assert [c.message for c in compare_apis(side(path), other)] == []
    assert [c.message for c in compare_apis(other, side(path))] == []


def _signature(changes: list[object]) -> list[tuple[str, str, str, str]]:
    return [(c.kind.code, c.direction, c.pointer, c.message) for c in changes]  # type: ignore[attr-defined]


def test_the_switch_from_3_1_to_3_0_reports_only_api_changes(tmp_path: Path) -> None:
    """Step 2 -> 3 changes the encoding and the API; only the API's changes may show.

    Written in one encoding (the 3.1 spec as 3.0, or the 3.0 spec as 3.1), the same step gives the very
    same report, so no reported change comes from the encoding.
    """
    old, new = HISTORY[1], HISTORY[2]
    real = _signature(compare_apis(side(old), side(new)))
    old_as_30 = load_side(repo_config(), _reencoded(old, tmp_path))
    new_as_31 = load_side(repo_config(), _reencoded(new, tmp_path))
    assert _signature(compare_apis(old_as_30, side(new))) == real
    assert _signature(compare_apis(side(old), new_as_31)) == real
    # And every nullability change reported there is one the documents make in the same encoding.
    nullability = [c for c in real if "null" in c[0]]
    assert nullability == [c for c in _signature(compare_apis(old_as_30, side(new))) if "null" in c[0]]
