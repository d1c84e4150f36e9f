"""Models: ProjectScoreType."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "ProjectScoreType",
]


ProjectScoreType: TypeAlias = Annotated[
    Literal["slider", "categorical", "weighted", "minimum", "maximum", "online", "free-form"], OpenEnum
]
"""The type of the configured score"""
