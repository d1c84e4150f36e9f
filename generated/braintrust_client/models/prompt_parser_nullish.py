"""Models: PromptParserNullish."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .._models import BaseModel, NotNull, OpenConstraints, OpenEnum

__all__ = [
    "PromptParserNullish",
]


class PromptParserNullish(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["llm_classifier"], OpenEnum] = Field(
        default="llm_classifier", validation_alias="type", serialization_alias="type"
    )

    use_cot: bool

    choice_scores: Annotated[dict[str, Annotated[float, Field(ge=0, le=1), OpenConstraints]] | None, NotNull] = None
    """Map of choices to scores (0-1). Used by scorers."""

    choice: Annotated[list[str] | None, NotNull] = None
    """List of valid choices without score mapping. Used by classifiers that deposit output to tags."""

    allow_no_match: Annotated[bool | None, NotNull] = None
    """If true, adds a 'No match' option. When selected, no tag is deposited."""
