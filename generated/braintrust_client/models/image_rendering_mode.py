"""Models: ImageRenderingMode."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "ImageRenderingMode",
]


ImageRenderingMode: TypeAlias = Annotated[Literal["auto", "click_to_load", "blocked"], OpenEnum] | None
"""Controls how images are rendered in the UI: 'auto' loads images automatically, 'click_to_load' shows a placeholder until clicked, 'blocked' prevents image loading entirely"""
