"""Models: FunctionTypeEnum."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "FunctionTypeEnum",
]


FunctionTypeEnum: TypeAlias = (
    Annotated[
        Literal[
            "llm",
            "scorer",
            "task",
            "tool",
            "custom_view",
            "preprocessor",
            "facet",
            "classifier",
            "tag",
            "parameters",
            "sandbox",
        ],
        OpenEnum,
    ]
    | None
)
"""The type of global function. Defaults to 'scorer'."""
