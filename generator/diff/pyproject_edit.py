"""Changes ``package-version`` in ``[tool.oapigen]`` by editing that one line, so the file keeps its layout."""

from __future__ import annotations

import re
import tomllib
from typing import Any

_HEADER = re.compile(r"^\s*\[\s*tool\s*\.\s*oapigen\s*\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_KEY = re.compile(r"^(\s*package-version\s*=\s*)(\"[^\"\n]*\"|'[^'\n]*')(.*)$")


class PyprojectError(ValueError):
    """The file cannot be edited safely (no [tool.oapigen] table, or the edit would change anything else)."""


def set_package_version(text: str, version: str) -> str:
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if _HEADER.match(line.rstrip("\r\n"))), None)
    if start is None:
        raise PyprojectError("no [tool.oapigen] table to record the package version in")
    end = next((i for i in range(start + 1, len(lines)) if _ANY_HEADER.match(lines[i])), len(lines))
    newline = "\r\n" if lines[start].endswith("\r\n") else "\n"
    for index in range(start + 1, end):
        body = lines[index].rstrip("\r\n")
        match = _KEY.match(body)
        if match is not None:
            ending = lines[index][len(body) :]
            lines[index] = f'{match.group(1)}"{version}"{match.group(3)}{ending}'
            break
    else:
        lines.insert(start + 1, f'package-version = "{version}"{newline}')
    result = "".join(lines)
    _verify(text, result, version)
    return result


def _verify(before: str, after: str, version: str) -> None:
    """The edit changed the version and nothing else a TOML reader sees."""
    try:
        old: dict[str, Any] = tomllib.loads(before)
        new: dict[str, Any] = tomllib.loads(after)
    except tomllib.TOMLDecodeError as exc:
        raise PyprojectError(f"cannot read the configuration as TOML: {exc}") from exc
    table = new.get("tool", {}).get("oapigen", {})
    if table.get("package-version") != version:
        raise PyprojectError("package-version could not be set in [tool.oapigen]")
    old.get("tool", {}).get("oapigen", {}).pop("package-version", None)
    table.pop("package-version", None)
    if old != new:
        raise PyprojectError("setting package-version would change other settings; edit the file by hand")
