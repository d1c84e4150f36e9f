"""The files a build produces, as the render stage hands them to the format and write stages."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["RenderedFile"]


@dataclass(frozen=True)
class RenderedFile:
    path: str
    """Relative POSIX path inside the output folder."""
    content: str
