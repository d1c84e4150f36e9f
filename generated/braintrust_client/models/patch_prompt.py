"""Models: PatchPrompt."""

from __future__ import annotations

from .._models import BaseModel
from .prompt_data_nullish import PromptDataNullish

__all__ = [
    "PatchPrompt",
]


class PatchPrompt(BaseModel):
    name: str | None = None
    """Name of the prompt"""

    slug: str | None = None
    """Unique identifier for the prompt"""

    description: str | None = None
    """Textual description of the prompt"""

    prompt_data: PromptDataNullish | None = None

    tags: list[str] | None = None
    """A list of tags for the prompt"""
