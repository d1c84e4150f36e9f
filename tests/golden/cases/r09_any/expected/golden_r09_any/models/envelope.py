"""Models: Envelope."""

from __future__ import annotations

from typing import Any

from .._models import BaseModel

__all__ = [
    "Envelope",
]


class Envelope(BaseModel):
    payload: Any
    """any JSON value"""

    maybe: Any = None
