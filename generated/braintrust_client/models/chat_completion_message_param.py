"""Models: ChatCompletionMessageParamAssistant, ChatCompletionMessageParamAssistantFunctionCall, ChatCompletionMessageParamDeveloper, ChatCompletionMessageParamFallback, ChatCompletionMessageParamFunction, ChatCompletionMessageParamSystem, ChatCompletionMessageParamTool, ChatCompletionMessageParamUser, ChatCompletionMessageParam."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Discriminator, Tag

from .._models import BaseModel, NotNull, OpenEnum, OpenUnion, discriminate
from .chat_completion_content_part import ChatCompletionContentPart
from .chat_completion_content_part_text import ChatCompletionContentPartText
from .chat_completion_message_reasoning import ChatCompletionMessageReasoning
from .chat_completion_message_tool_call import ChatCompletionMessageToolCall

__all__ = [
    "ChatCompletionMessageParam",
    "ChatCompletionMessageParamAssistant",
    "ChatCompletionMessageParamAssistantFunctionCall",
    "ChatCompletionMessageParamDeveloper",
    "ChatCompletionMessageParamFallback",
    "ChatCompletionMessageParamFunction",
    "ChatCompletionMessageParamSystem",
    "ChatCompletionMessageParamTool",
    "ChatCompletionMessageParamUser",
]


class ChatCompletionMessageParamAssistant(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("role",)

    role: Annotated[Literal["assistant"], OpenEnum] = "assistant"

    content: str | list[ChatCompletionContentPartText] | None = None

    function_call: ChatCompletionMessageParamAssistantFunctionCall | None = None

    name: str | None = None

    tool_calls: list[ChatCompletionMessageToolCall] | None = None

    reasoning: list[ChatCompletionMessageReasoning] | None = None

    reasoning_signature: str | None = None


class ChatCompletionMessageParamAssistantFunctionCall(BaseModel):
    arguments: str

    name: str


class ChatCompletionMessageParamDeveloper(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("role",)

    content: Annotated[str | list[ChatCompletionContentPartText] | None, NotNull] = None

    role: Annotated[Literal["developer"], OpenEnum] = "developer"

    name: Annotated[str | None, NotNull] = None


class ChatCompletionMessageParamFallback(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("role",)

    role: Annotated[Literal["model"], OpenEnum] = "model"

    content: str | None = None


class ChatCompletionMessageParamFunction(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("role",)

    content: str | None

    name: str

    role: Annotated[Literal["function"], OpenEnum] = "function"


class ChatCompletionMessageParamSystem(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("role",)

    content: Annotated[str | list[ChatCompletionContentPartText] | None, NotNull] = None

    role: Annotated[Literal["system"], OpenEnum] = "system"

    name: Annotated[str | None, NotNull] = None


class ChatCompletionMessageParamTool(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("role",)

    content: Annotated[str | list[ChatCompletionContentPartText] | None, NotNull] = None

    role: Annotated[Literal["tool"], OpenEnum] = "tool"

    tool_call_id: Annotated[str | None, NotNull] = ""


class ChatCompletionMessageParamUser(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("role",)

    content: Annotated[str | list[ChatCompletionContentPart] | None, NotNull] = None

    role: Annotated[Literal["user"], OpenEnum] = "user"

    name: Annotated[str | None, NotNull] = None


ChatCompletionMessageParam: TypeAlias = Annotated[
    Annotated[ChatCompletionMessageParamSystem, Tag("system")]
    | Annotated[ChatCompletionMessageParamUser, Tag("user")]
    | Annotated[ChatCompletionMessageParamAssistant, Tag("assistant")]
    | Annotated[ChatCompletionMessageParamTool, Tag("tool")]
    | Annotated[ChatCompletionMessageParamFunction, Tag("function")]
    | Annotated[ChatCompletionMessageParamDeveloper, Tag("developer")]
    | Annotated[ChatCompletionMessageParamFallback, Tag("model")],
    Discriminator(discriminate("role")),
    OpenUnion,
]
