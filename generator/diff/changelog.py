"""The release history of the generated package: one dated entry per ``oapigen update`` that changed the API."""

from __future__ import annotations

import datetime

from .model import Change, Report

TITLE = "# Changelog"
INTRO = (
    "Entries are written by `oapigen update`, one per spec change, newest first; "
    "each change is classified as `oapigen diff` classifies it."
)


def entry(report: Report, version: str, date: datetime.date) -> str:
    breaking = [c for c in report.changes if c.breaking]
    added = [c for c in report.changes if not c.breaking and c.kind.bump.label == "minor"]
    other = [c for c in report.changes if not c.breaking and c.kind.bump.label != "minor"]
    lines = [
        f"## {version} ({date.isoformat()})",
        "",
        f"Spec: {report.new.title} {report.new.version} (OpenAPI {report.new.openapi}). "
        f"{len(breaking)} breaking, {len(report.changes) - len(breaking)} non-breaking change(s): "
        f"{report.bump.label} bump from {report.current_version}.",
    ]
    for heading, changes in (("Breaking", breaking), ("Added", added), ("Other", other)):
        if changes:
            lines += ["", f"### {heading}", ""]
            lines += [_line(c) for c in changes]
    return "\n".join(lines) + "\n"


def _line(change: Change) -> str:
    where = ""
    if change.operations:
        first = change.operations[0].label
        more = len(change.operations) - 1
        where = f" ({first}{f' and {more} more' if more else ''})"
    return f"- {_markdown(change.message)}{_markdown(where)} [{change.kind.code}]"


def _markdown(text: str) -> str:
    # Messages quote names in backticks and may hold `<`; only that would be read as markup (HTML).
    return text.replace("<", "&lt;")


def prepend(existing: str | None, new_entry: str) -> str:
    """The changelog with ``new_entry`` first: below the title and introduction, kept as they are (edited by
    hand or not), or below a new title and introduction for a changelog that has none yet. An entry the
    changelog holds already is not added again (an interrupted update, run again)."""
    if not existing or not existing.strip():
        return f"{TITLE}\n\n{INTRO}\n\n{new_entry}"
    if new_entry in existing:
        return existing
    lines = existing.splitlines(keepends=True)
    first_entry = next((index for index, line in enumerate(lines) if line.startswith("## ")), len(lines))
    head = "".join(lines[:first_entry]).rstrip("\r\n")
    body = "".join(lines[first_entry:])
    return f"{head}\n\n{new_entry}" + (f"\n{body}" if body else "")
