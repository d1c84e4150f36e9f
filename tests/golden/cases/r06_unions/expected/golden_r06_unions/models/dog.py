"""Models: Dog."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "Dog",
]


class Dog(BaseModel):
    pet_type: str

    barks: bool
