"""Models: EnvVarObjectType."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "EnvVarObjectType",
]


EnvVarObjectType: TypeAlias = Annotated[Literal["organization", "project", "function"], OpenEnum]
"""The type of the object the environment variable is scoped for"""
