"""Models: Report, ReportOpen."""

from __future__ import annotations

from typing import Annotated, Any

from .._models import BaseModel, NotNull
from .closed import Closed
from .metrics import Metrics
from .scores import Scores

__all__ = [
    "Report",
    "ReportOpen",
]


class Report(BaseModel):
    scores: Annotated[Scores | None, NotNull] = None

    closed: Annotated[Closed | None, NotNull] = None

    metrics: Annotated[Metrics | None, NotNull] = None

    open: Annotated[ReportOpen | None, NotNull] = None

    bag: Annotated[dict[str, Any] | None, NotNull] = None


class ReportOpen(BaseModel):
    known: Annotated[str | None, NotNull] = None
