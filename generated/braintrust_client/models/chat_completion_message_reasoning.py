"""Models: ChatCompletionMessageReasoning."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "ChatCompletionMessageReasoning",
]


class ChatCompletionMessageReasoning(BaseModel):
    """Note: This is not part of the OpenAI API spec, but we added it for interoperability with multiple reasoning models."""

    id: str | None = None

    content: str | None = None
