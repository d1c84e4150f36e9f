"""Models: SavedFunctionIdFunction, SavedFunctionIdGlobal, SavedFunctionId."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenEnum, OpenUnion, discriminate
from .function_type_enum import FunctionTypeEnum

__all__ = [
    "SavedFunctionId",
    "SavedFunctionIdFunction",
    "SavedFunctionIdGlobal",
]


class SavedFunctionIdFunction(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["function"], OpenEnum] = Field(
        default="function", validation_alias="type", serialization_alias="type"
    )

    id: str

    version: Annotated[str | None, NotNull] = None
    """The version of the function"""


class SavedFunctionIdGlobal(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["global"], OpenEnum] = Field(
        default="global", validation_alias="type", serialization_alias="type"
    )

    name: str

    function_type: FunctionTypeEnum = "scorer"


SavedFunctionId: TypeAlias = (
    Annotated[
        Annotated[SavedFunctionIdFunction, Tag("function")] | Annotated[SavedFunctionIdGlobal, Tag("global")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]
    | None
)
"""Optional function identifier that produced the classification"""
