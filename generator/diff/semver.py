"""The version bump a set of changes calls for, and the version it gives.

Rule (documented in docs/diff.md): a breaking change calls for a major bump, an addition for a minor one,
anything else for a patch. Below 1.0.0 the public surface is not yet promised, so, as Cargo and most
Python projects read semantic versioning there, every level moves one place down: a breaking change bumps
the minor number (0.3.1 -> 0.4.0) and everything else the patch number (0.3.1 -> 0.3.2).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable

_RELEASE = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_SHORT = re.compile(r"^(\d+)(?:\.(\d+))?$")


class Bump(enum.IntEnum):
    """Ordered, so the largest bump of a set of changes is ``max``."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3

    @property
    def label(self) -> str:
        return self.name.lower()


def suggested_bump(bumps: Iterable[Bump]) -> Bump:
    return max(bumps, default=Bump.NONE)


class VersionError(ValueError):
    """The current version is not a plain release number that a bump can move."""


def release_parts(version: str) -> tuple[int, int, int]:
    """MAJOR, MINOR and PATCH of a plain release number (``1`` and ``1.2`` are read as ``1.0.0`` and
    ``1.2.0``); raises :class:`VersionError` for anything else (pre-release and post-release suffixes
    are refused, not guessed)."""
    match = _RELEASE.match(version)
    if match is None:
        short = _SHORT.match(version)
        if short is None:
            raise VersionError(f"cannot bump version {version!r}: expected MAJOR.MINOR.PATCH (or MAJOR.MINOR, MAJOR)")
        match = _RELEASE.match(f"{short.group(1)}.{short.group(2) or 0}.0")
        assert match is not None
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def bump_version(version: str, bump: Bump) -> str:
    """``version`` moved by ``bump`` (see :func:`release_parts` for what a version may be)."""
    if bump is Bump.NONE:
        return version
    major, minor, patch = release_parts(version)
    if major == 0:
        if bump is Bump.MAJOR:
            return f"0.{minor + 1}.0"
        return f"0.{minor}.{patch + 1}"
    if bump is Bump.MAJOR:
        return f"{major + 1}.0.0"
    if bump is Bump.MINOR:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"
