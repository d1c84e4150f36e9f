"""Models: Pet."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from .._models import OpenUnion, discriminate
from .cat import Cat
from .dog import Dog

__all__ = [
    "Pet",
]


Pet: TypeAlias = Annotated[
    Annotated[Cat, Tag("cat")] | Annotated[Dog, Tag("dog")], Discriminator(discriminate("pet_type")), OpenUnion
]
