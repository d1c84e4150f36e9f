"""Models: PatchFunction."""

from __future__ import annotations

from .._models import BaseModel
from .function_data_nullish import FunctionDataNullish
from .prompt_data_nullish import PromptDataNullish

__all__ = [
    "PatchFunction",
]


class PatchFunction(BaseModel):
    name: str | None = None
    """Name of the prompt"""

    description: str | None = None
    """Textual description of the prompt"""

    prompt_data: PromptDataNullish | None = None

    function_data: FunctionDataNullish = None

    tags: list[str] | None = None
    """A list of tags for the prompt"""
