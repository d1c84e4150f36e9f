"""Models: SummarizeScores."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "SummarizeScores",
]


SummarizeScores: TypeAlias = bool | None
"""Whether to summarize the scores and metrics. If false (or omitted), only the metadata will be returned."""
