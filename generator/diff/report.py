"""A diff report as a table for people and as JSON for machines (schema: docs/diff.schema.json)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ..diagnostics import one_line
from .model import Change, Report

FORMAT_VERSION = 1
"""Bumped when a field of the JSON output changes meaning or goes away (adding fields does not)."""

_MAX_OPERATION_WIDTH = 44


def report_json(report: Report) -> dict[str, Any]:
    counts = Counter(c.kind.code for c in report.changes)
    return {
        "format_version": FORMAT_VERSION,
        "old": _document(report.old),
        "new": _document(report.new),
        "summary": {
            "total": len(report.changes),
            "breaking": len(report.breaking),
            "non_breaking": len(report.changes) - len(report.breaking),
            "by_kind": dict(sorted(counts.items())),
        },
        "bump": report.bump.label,
        "current_version": report.current_version,
        "suggested_version": report.suggested_version,
        "changes": [change_json(c) for c in report.changes],
    }


def _document(info: Any) -> dict[str, str]:
    return {"file": info.file, "title": info.title, "version": info.version, "openapi": info.openapi}


def change_json(change: Change) -> dict[str, Any]:
    return {
        "kind": change.kind.code,
        "class": change.kind.classification,
        "bump": change.kind.bump.label,
        "direction": change.direction,
        "message": change.message,
        "pointer": change.pointer,
        "document": change.document,
        "operations": [
            {"method": op.method, "path": op.path, "operation_id": op.operation_id} for op in change.operations
        ],
    }


def render_json(report: Report) -> str:
    return json.dumps(report_json(report), indent=2, ensure_ascii=False) + "\n"


def _operations(change: Change) -> str:
    if not change.operations:
        return "-"
    first = change.operations[0].label
    if len(first) > _MAX_OPERATION_WIDTH:
        first = first[: _MAX_OPERATION_WIDTH - 1] + "…"
    more = len(change.operations) - 1
    return f"{first} (+{more})" if more else first


def summary_line(report: Report) -> str:
    if not report.changes:
        return f"no API changes; version stays {report.current_version}"
    breaking = len(report.breaking)
    other = len(report.changes) - breaking
    return (
        f"{breaking} breaking, {other} non-breaking change(s); suggested bump: {report.bump.label} "
        f"({report.current_version} -> {report.suggested_version})"
    )


def render_table(report: Report) -> str:
    """Breaking changes first; one row per change, its pointer on the row below.

    Text from the specs (titles, versions, names in the labels and messages) goes through ``one_line``:
    a control character or a line break in it would otherwise reach the terminal (escape sequences,
    forged rows).
    """
    old, new = report.old, report.new
    lines = [
        one_line(f"old: {old.file} ({old.title} {old.version}, OpenAPI {old.openapi})"),
        one_line(f"new: {new.file} ({new.title} {new.version}, OpenAPI {new.openapi})"),
        "",
    ]
    rows = [
        tuple(
            map(
                one_line,
                (c.kind.classification, c.kind.code, c.direction, _operations(c), c.message, c.pointer, c.document),
            )
        )
        for c in report.changes
    ]
    if rows:
        header = ("CLASS", "KIND", "DIRECTION", "OPERATION", "CHANGE")
        widths = [max(len(header[i]), *(len(r[i]) for r in rows)) for i in range(4)]
        lines.append("  ".join(h.ljust(w) for h, w in zip(header[:4], widths, strict=True)) + "  " + header[4])
        indent = " " * (sum(widths) + 2 * 4)
        for row in rows:
            lines.append("  ".join(v.ljust(w) for v, w in zip(row[:4], widths, strict=True)) + "  " + row[4])
            where = row[5] if row[6] == "new" else f"{row[5]} (old document)"
            lines.append(f"{indent}at {where}")
        lines.append("")
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"
