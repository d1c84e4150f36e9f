"""Models: Item, ItemScorerFunction, ItemScorerGlobal."""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenEnum, OpenUnion, discriminate

__all__ = [
    "Item",
    "ItemScorerFunction",
    "ItemScorerGlobal",
]


class Item(BaseModel):
    id: str

    created: Annotated[datetime.datetime | None, NotNull] = None

    name: str

    scorer: Annotated[
        Annotated[
            Annotated[ItemScorerFunction, Tag("function")] | Annotated[ItemScorerGlobal, Tag("global")],
            Discriminator(discriminate("type")),
            OpenUnion,
        ]
        | None,
        NotNull,
    ] = None


class ItemScorerFunction(BaseModel):
    type_: Annotated[Literal["function"], OpenEnum] = Field(validation_alias="type", serialization_alias="type")

    id: str

    version: Annotated[str | None, NotNull] = None


class ItemScorerGlobal(BaseModel):
    type_: Annotated[Literal["global"], OpenEnum] = Field(validation_alias="type", serialization_alias="type")

    name: str
