"""Models: RetentionObjectType."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "RetentionObjectType",
]


RetentionObjectType: TypeAlias = Annotated[Literal["project_logs", "experiment", "dataset"], OpenEnum]
"""The object type that the retention policy applies to"""
