"""Models: PromptBlockDataNullishChat, PromptBlockDataNullishCompletion, PromptBlockDataNullish."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenEnum, OpenUnion, discriminate
from .chat_completion_message_param import ChatCompletionMessageParam

__all__ = [
    "PromptBlockDataNullish",
    "PromptBlockDataNullishChat",
    "PromptBlockDataNullishCompletion",
]


class PromptBlockDataNullishChat(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["chat"], OpenEnum] = Field(
        default="chat", validation_alias="type", serialization_alias="type"
    )

    messages: list[ChatCompletionMessageParam]

    tools: Annotated[str | None, NotNull] = None


class PromptBlockDataNullishCompletion(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["completion"], OpenEnum] = Field(
        default="completion", validation_alias="type", serialization_alias="type"
    )

    content: str


PromptBlockDataNullish: TypeAlias = (
    Annotated[
        Annotated[PromptBlockDataNullishChat, Tag("chat")]
        | Annotated[PromptBlockDataNullishCompletion, Tag("completion")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]
    | None
)
