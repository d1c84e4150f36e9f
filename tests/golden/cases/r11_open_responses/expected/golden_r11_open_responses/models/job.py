"""Models: Job."""

from __future__ import annotations

from typing import Annotated, ClassVar

from .._models import BaseModel, NotNull
from .status import Status

__all__ = [
    "Job",
]


class Job(BaseModel):
    __closed__: ClassVar[bool] = True

    id: str

    status: Status

    note: Annotated[str | None, NotNull] = None
