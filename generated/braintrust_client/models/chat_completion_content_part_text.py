"""Models: ChatCompletionContentPartText, ChatCompletionContentPartTextCacheControl."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "ChatCompletionContentPartText",
    "ChatCompletionContentPartTextCacheControl",
]


class ChatCompletionContentPartText(BaseModel):
    text: Annotated[str | None, NotNull] = ""

    type_: Annotated[Literal["text"], OpenEnum] = Field(validation_alias="type", serialization_alias="type")

    cache_control: Annotated[ChatCompletionContentPartTextCacheControl | None, NotNull] = None


class ChatCompletionContentPartTextCacheControl(BaseModel):
    type_: Annotated[Literal["ephemeral"], OpenEnum] = Field(validation_alias="type", serialization_alias="type")
