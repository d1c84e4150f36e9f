"""Models: ChatCompletionContentPartTextWithTitle, ChatCompletionContentPartTextWithTitleCacheControl."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "ChatCompletionContentPartTextWithTitle",
    "ChatCompletionContentPartTextWithTitleCacheControl",
]


class ChatCompletionContentPartTextWithTitle(BaseModel):
    text: Annotated[str | None, NotNull] = ""

    type_: Annotated[Literal["text"], OpenEnum] = Field(validation_alias="type", serialization_alias="type")

    cache_control: Annotated[ChatCompletionContentPartTextWithTitleCacheControl | None, NotNull] = None


class ChatCompletionContentPartTextWithTitleCacheControl(BaseModel):
    type_: Annotated[Literal["ephemeral"], OpenEnum] = Field(validation_alias="type", serialization_alias="type")
