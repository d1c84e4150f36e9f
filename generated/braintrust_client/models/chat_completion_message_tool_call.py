"""Models: ChatCompletionMessageToolCall, ChatCompletionMessageToolCallFunction."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .._models import BaseModel, OpenEnum

__all__ = [
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallFunction",
]


class ChatCompletionMessageToolCall(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    id: str

    function: ChatCompletionMessageToolCallFunction

    type_: Annotated[Literal["function"], OpenEnum] = Field(
        default="function", validation_alias="type", serialization_alias="type"
    )


class ChatCompletionMessageToolCallFunction(BaseModel):
    arguments: str

    name: str
