"""Models: ChatCompletionContentPart."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from .._models import OpenUnion, discriminate
from .chat_completion_content_part_file_with_title import ChatCompletionContentPartFileWithTitle
from .chat_completion_content_part_image_with_title import ChatCompletionContentPartImageWithTitle
from .chat_completion_content_part_text_with_title import ChatCompletionContentPartTextWithTitle

__all__ = [
    "ChatCompletionContentPart",
]


ChatCompletionContentPart: TypeAlias = Annotated[
    Annotated[ChatCompletionContentPartTextWithTitle, Tag("text")]
    | Annotated[ChatCompletionContentPartImageWithTitle, Tag("image_url")]
    | Annotated[ChatCompletionContentPartFileWithTitle, Tag("file")],
    Discriminator(discriminate("type")),
    OpenUnion,
]
