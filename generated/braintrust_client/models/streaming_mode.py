"""Models: StreamingMode."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "StreamingMode",
]


StreamingMode: TypeAlias = Annotated[Literal["auto", "parallel", "json", "text"], OpenEnum] | None
"""The mode format of the returned value (defaults to 'auto')"""
