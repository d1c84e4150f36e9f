"""Models: ChatCompletionContentPartFileWithTitle."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .._models import BaseModel, OpenEnum
from .chat_completion_content_part_file_file import ChatCompletionContentPartFileFile

__all__ = [
    "ChatCompletionContentPartFileWithTitle",
]


class ChatCompletionContentPartFileWithTitle(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    file: ChatCompletionContentPartFileFile

    type_: Annotated[Literal["file"], OpenEnum] = Field(
        default="file", validation_alias="type", serialization_alias="type"
    )
