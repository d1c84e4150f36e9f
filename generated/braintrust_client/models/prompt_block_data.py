"""Models: PromptBlockDataChat, PromptBlockDataCompletion, PromptBlockData."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenEnum, OpenUnion, discriminate
from .chat_completion_message_param import ChatCompletionMessageParam

__all__ = [
    "PromptBlockData",
    "PromptBlockDataChat",
    "PromptBlockDataCompletion",
]


class PromptBlockDataChat(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["chat"], OpenEnum] = Field(
        default="chat", validation_alias="type", serialization_alias="type"
    )

    messages: list[ChatCompletionMessageParam]

    tools: Annotated[str | None, NotNull] = None


class PromptBlockDataCompletion(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["completion"], OpenEnum] = Field(
        default="completion", validation_alias="type", serialization_alias="type"
    )

    content: str


PromptBlockData: TypeAlias = Annotated[
    Annotated[PromptBlockDataChat, Tag("chat")] | Annotated[PromptBlockDataCompletion, Tag("completion")],
    Discriminator(discriminate("type")),
    OpenUnion,
]
