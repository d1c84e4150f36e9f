"""The files a build reads and produces: how large a spec document may be, and the rendered files as the
render stage hands them to the format and write stages."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MAX_DOCUMENT_BYTES", "RenderedFile"]

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
"""The largest spec document read (the load stage refuses larger ones; the caches do not hash them)."""


@dataclass(frozen=True)
class RenderedFile:
    path: str
    """Relative POSIX path inside the output folder."""
    content: str
