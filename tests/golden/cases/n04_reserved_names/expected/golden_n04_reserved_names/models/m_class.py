"""Models: Class."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull
from .any_model import AnyModel
from .base_model_model import BaseModelModel

__all__ = [
    "Class",
]


class Class(BaseModel):
    any: Annotated[AnyModel | None, NotNull] = None

    base: Annotated[BaseModelModel | None, NotNull] = None
