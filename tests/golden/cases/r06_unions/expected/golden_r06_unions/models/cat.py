"""Models: Cat."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "Cat",
]


class Cat(BaseModel):
    pet_type: str

    meows: bool
