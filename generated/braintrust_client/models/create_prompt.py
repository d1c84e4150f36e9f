"""Models: CreatePrompt."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, OpenConstraints
from .function_type_enum_nullish import FunctionTypeEnumNullish
from .prompt_data_nullish import PromptDataNullish

__all__ = [
    "CreatePrompt",
]


class CreatePrompt(BaseModel):
    project_id: str
    """Unique identifier for the project that the prompt belongs under"""

    name: Annotated[str, Field(min_length=1), OpenConstraints]
    """Name of the prompt"""

    slug: Annotated[str, Field(min_length=1), OpenConstraints]
    """Unique identifier for the prompt"""

    description: str | None = None
    """Textual description of the prompt"""

    prompt_data: PromptDataNullish | None = None

    tags: list[str] | None = None
    """A list of tags for the prompt"""

    function_type: FunctionTypeEnumNullish = None
