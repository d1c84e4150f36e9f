"""Models: AppLimitWithDefaultParam."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

__all__ = [
    "AppLimitWithDefaultParam",
]


AppLimitWithDefaultParam: TypeAlias = Annotated[int, Field(ge=0)] | None
"""Limit the number of objects to return"""
