"""Models: AutomationStatus."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "AutomationStatus",
]


AutomationStatus: TypeAlias = Annotated[Literal["active", "paused"], OpenEnum]
"""Whether the automation is active or paused."""
