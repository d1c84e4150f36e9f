"""Models: ResponseFormatNullishJsonObject, ResponseFormatNullishJsonSchema, ResponseFormatNullishText, ResponseFormatNullish."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, OpenEnum, OpenUnion, discriminate
from .response_format_json_schema import ResponseFormatJsonSchema

__all__ = [
    "ResponseFormatNullish",
    "ResponseFormatNullishJsonObject",
    "ResponseFormatNullishJsonSchema",
    "ResponseFormatNullishText",
]


class ResponseFormatNullishJsonObject(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["json_object"], OpenEnum] = Field(
        default="json_object", validation_alias="type", serialization_alias="type"
    )


class ResponseFormatNullishJsonSchema(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["json_schema"], OpenEnum] = Field(
        default="json_schema", validation_alias="type", serialization_alias="type"
    )

    json_schema: ResponseFormatJsonSchema


class ResponseFormatNullishText(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["text"], OpenEnum] = Field(
        default="text", validation_alias="type", serialization_alias="type"
    )


ResponseFormatNullish: TypeAlias = (
    Annotated[
        Annotated[ResponseFormatNullishJsonObject, Tag("json_object")]
        | Annotated[ResponseFormatNullishJsonSchema, Tag("json_schema")]
        | Annotated[ResponseFormatNullishText, Tag("text")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]
    | None
)
