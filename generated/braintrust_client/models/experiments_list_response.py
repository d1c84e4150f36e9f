"""Models: ExperimentsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .experiment import Experiment

__all__ = [
    "ExperimentsListResponse",
]


class ExperimentsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[Experiment]
    """A list of experiment objects"""
