"""The ten Braintrust history specs, loaded once per test session (each load is ~0.3 s), and the golden
summary of the diffs between consecutive ones.

``python -m tests.diff.history`` writes ``history_reports.json`` from what ``oapigen diff`` reports now
(per step: the suggested bump and how many changes of each kind and class); the test compares with it,
so a change of the diff's rules shows as a diff of that file, made by running the tool, never by hand.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from generator.diff.load import Side, load_side
from generator.diff.run import diff_sides
from tests.support import REPO, repo_config

HISTORY = sorted((REPO / "specs" / "history").glob("*.yaml"))


@functools.cache
def side(path: Path) -> Side:
    return load_side(repo_config(), path)


@functools.cache
def document(path: Path) -> dict[str, object]:
    data: dict[str, object] = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return data


SUMMARY = Path(__file__).resolve().parent / "history_reports.json"


def step_summaries() -> dict[str, Any]:
    """What the diff reports for each step of the history, reduced to counts of (class, kind, direction)."""
    summaries: dict[str, Any] = {}
    for old, new in itertools.pairwise(HISTORY):
        report = diff_sides(side(old), side(new), "1.0.0")
        counts = Counter(f"{c.kind.classification} {c.kind.code} {c.direction}" for c in report.changes)
        summaries[f"{old.stem}..{new.stem}"] = {
            "bump": report.bump.label,
            "changes": len(report.changes),
            "breaking": len(report.breaking),
            "kinds": dict(sorted(counts.items())),
        }
    return summaries


if __name__ == "__main__":
    SUMMARY.write_text(json.dumps(step_summaries(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {SUMMARY.relative_to(REPO)}")
