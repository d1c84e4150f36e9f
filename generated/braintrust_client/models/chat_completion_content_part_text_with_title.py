"""Models: ChatCompletionContentPartTextWithTitle, ChatCompletionContentPartTextWithTitleCacheControl."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "ChatCompletionContentPartTextWithTitle",
    "ChatCompletionContentPartTextWithTitleCacheControl",
]


class ChatCompletionContentPartTextWithTitle(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    text: Annotated[str | None, NotNull] = ""

    type_: Annotated[Literal["text"], OpenEnum] = Field(
        default="text", validation_alias="type", serialization_alias="type"
    )

    cache_control: Annotated[ChatCompletionContentPartTextWithTitleCacheControl | None, NotNull] = None


class ChatCompletionContentPartTextWithTitleCacheControl(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["ephemeral"], OpenEnum] = Field(
        default="ephemeral", validation_alias="type", serialization_alias="type"
    )
