"""Models: SummarizeData."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "SummarizeData",
]


SummarizeData: TypeAlias = bool | None
"""Whether to summarize the data. If false (or omitted), only the metadata will be returned."""
