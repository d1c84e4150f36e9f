"""Models: FacetData."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .._models import BaseModel, NotNull, OpenEnum
from .nullable_saved_function_id import NullableSavedFunctionId

__all__ = [
    "FacetData",
]


class FacetData(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["facet"], OpenEnum] = Field(
        default="facet", validation_alias="type", serialization_alias="type"
    )

    preprocessor: NullableSavedFunctionId = None
    """The preprocessor function to use for facet extraction. If not provided, the project default preprocessor will be used, falling back to the global 'thread' preprocessor."""

    prompt: str
    """The prompt to use for LLM extraction. The preprocessed text will be provided as context."""

    model: Annotated[str | None, NotNull] = None
    """The model to use for facet extraction"""

    embedding_model: Annotated[str | None, NotNull] = None
    """The embedding model to use for vectorizing facet results."""

    no_match_pattern: Annotated[str | None, NotNull] = None
    """Regex pattern to identify outputs that do not match the facet. If the output matches, the facet will be saved as 'no_match'"""
