"""Models: PromptOptionsNullish."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull
from .model_params import ModelParams

__all__ = [
    "PromptOptionsNullish",
]


class PromptOptionsNullish(BaseModel):
    model: Annotated[str | None, NotNull] = None

    params: Annotated[ModelParams | None, NotNull] = None

    position: Annotated[str | None, NotNull] = None
