"""Models: AppLimitParam."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from .._models import OpenConstraints

__all__ = [
    "AppLimitParam",
]


AppLimitParam: TypeAlias = Annotated[int, Field(ge=0), OpenConstraints] | None
"""Limit the number of objects to return"""
