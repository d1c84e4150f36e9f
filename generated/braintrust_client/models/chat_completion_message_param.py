"""Models: ChatCompletionMessageParamAssistant, ChatCompletionMessageParamAssistantFunctionCall, ChatCompletionMessageParamDeveloper, ChatCompletionMessageParamFallback, ChatCompletionMessageParamFunction, ChatCompletionMessageParamSystem, ChatCompletionMessageParamTool, ChatCompletionMessageParamUser, ChatCompletionMessageParam."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

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
    role: Annotated[Literal["assistant"], OpenEnum]

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
    content: Annotated[str | list[ChatCompletionContentPartText] | None, NotNull] = None

    role: Annotated[Literal["developer"], OpenEnum]

    name: Annotated[str | None, NotNull] = None


class ChatCompletionMessageParamFallback(BaseModel):
    role: Annotated[Literal["model"], OpenEnum]

    content: str | None = None


class ChatCompletionMessageParamFunction(BaseModel):
    content: str | None

    name: str

    role: Annotated[Literal["function"], OpenEnum]


class ChatCompletionMessageParamSystem(BaseModel):
    content: Annotated[str | list[ChatCompletionContentPartText] | None, NotNull] = None

    role: Annotated[Literal["system"], OpenEnum]

    name: Annotated[str | None, NotNull] = None


class ChatCompletionMessageParamTool(BaseModel):
    content: Annotated[str | list[ChatCompletionContentPartText] | None, NotNull] = None

    role: Annotated[Literal["tool"], OpenEnum]

    tool_call_id: Annotated[str | None, NotNull] = ""


class ChatCompletionMessageParamUser(BaseModel):
    content: Annotated[str | list[ChatCompletionContentPart] | None, NotNull] = None

    role: Annotated[Literal["user"], OpenEnum]

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
