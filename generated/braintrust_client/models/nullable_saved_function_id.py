"""Models: NullableSavedFunctionIdFunction, NullableSavedFunctionIdGlobal, NullableSavedFunctionId."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenEnum, OpenUnion, discriminate
from .function_type_enum import FunctionTypeEnum

__all__ = [
    "NullableSavedFunctionId",
    "NullableSavedFunctionIdFunction",
    "NullableSavedFunctionIdGlobal",
]


class NullableSavedFunctionIdFunction(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["function"], OpenEnum] = Field(
        default="function", validation_alias="type", serialization_alias="type"
    )

    id: str

    version: Annotated[str | None, NotNull] = None
    """The version of the function"""


class NullableSavedFunctionIdGlobal(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["global"], OpenEnum] = Field(
        default="global", validation_alias="type", serialization_alias="type"
    )

    name: str

    function_type: FunctionTypeEnum = "scorer"


NullableSavedFunctionId: TypeAlias = (
    Annotated[
        Annotated[NullableSavedFunctionIdFunction, Tag("function")]
        | Annotated[NullableSavedFunctionIdGlobal, Tag("global")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]
    | None
)
"""Default preprocessor for this project. When set, functions that use preprocessors will use this instead of their built-in default."""
