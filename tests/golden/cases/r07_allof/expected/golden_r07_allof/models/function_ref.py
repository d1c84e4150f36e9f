"""Models: FunctionRefFunction, FunctionRefGlobal, FunctionRef."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenEnum, OpenUnion, discriminate

__all__ = [
    "FunctionRef",
    "FunctionRefFunction",
    "FunctionRefGlobal",
]


class FunctionRefFunction(BaseModel):
    type_: Annotated[Literal["function"], OpenEnum] = Field(validation_alias="type", serialization_alias="type")

    id: str

    version: Annotated[str | None, NotNull] = None


class FunctionRefGlobal(BaseModel):
    type_: Annotated[Literal["global"], OpenEnum] = Field(validation_alias="type", serialization_alias="type")

    name: str


FunctionRef: TypeAlias = (
    Annotated[
        Annotated[FunctionRefFunction, Tag("function")] | Annotated[FunctionRefGlobal, Tag("global")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]
    | None
)
