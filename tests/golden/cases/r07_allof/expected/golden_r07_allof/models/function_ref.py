"""Models: FunctionRefFunction, FunctionRefGlobal, FunctionRef."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenEnum, OpenUnion, discriminate

__all__ = [
    "FunctionRef",
    "FunctionRefFunction",
    "FunctionRefGlobal",
]


class FunctionRefFunction(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["function"], OpenEnum] = Field(
        default="function", validation_alias="type", serialization_alias="type"
    )

    id: str

    version: Annotated[str | None, NotNull] = None


class FunctionRefGlobal(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["global"], OpenEnum] = Field(
        default="global", validation_alias="type", serialization_alias="type"
    )

    name: str


FunctionRef: TypeAlias = (
    Annotated[
        Annotated[FunctionRefFunction, Tag("function")] | Annotated[FunctionRefGlobal, Tag("global")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]
    | None
)
