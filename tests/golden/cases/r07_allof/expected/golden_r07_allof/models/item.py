"""Models: Item, ItemScorerFunction, ItemScorerGlobal."""

from __future__ import annotations

import datetime
from typing import Annotated, ClassVar, Literal

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
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["function"], OpenEnum] = Field(
        default="function", validation_alias="type", serialization_alias="type"
    )

    id: str

    version: Annotated[str | None, NotNull] = None


class ItemScorerGlobal(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["global"], OpenEnum] = Field(
        default="global", validation_alias="type", serialization_alias="type"
    )

    name: str
