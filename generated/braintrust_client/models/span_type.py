"""Models: SpanType."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "SpanType",
]


SpanType: TypeAlias = (
    Annotated[
        Literal[
            "llm",
            "score",
            "function",
            "eval",
            "task",
            "tool",
            "automation",
            "facet",
            "preprocessor",
            "classifier",
            "review",
        ],
        OpenEnum,
    ]
    | None
)
"""Type of the span, for display purposes only"""
