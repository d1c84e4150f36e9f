"""Models: ChatCompletionContentPartFileFile."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "ChatCompletionContentPartFileFile",
]


class ChatCompletionContentPartFileFile(BaseModel):
    file_data: Annotated[str | None, NotNull] = None

    filename: Annotated[str | None, NotNull] = None

    file_id: Annotated[str | None, NotNull] = None
