"""Models: FeedbackProjectLogsItem."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._models import BaseModel, OpenConstraints, OpenEnum

__all__ = [
    "FeedbackProjectLogsItem",
]


class FeedbackProjectLogsItem(BaseModel):
    id: str
    """The id of the project logs event to log feedback for. This is the row `id` returned by `POST /v1/project_logs/{project_id}/insert`"""

    scores: dict[str, Annotated[float, Field(ge=0, le=1), OpenConstraints] | None] | None = None
    """A dictionary of numeric values (between 0 and 1) to log. These scores will be merged into the existing scores for the project logs event"""

    expected: Any = None
    """The ground truth value (an arbitrary, JSON serializable object) that you'd compare to `output` to determine if your `output` value is correct or not"""

    comment: str | None = None
    """An optional comment string to log about the project logs event"""

    metadata: dict[str, Any] | None = None
    """A dictionary with additional data about the feedback. If you have a `user_id`, you can log it here and access it in the Braintrust UI. Note, this metadata does not correspond to the main event itself, but rather the audit log attached to the event."""

    source: Annotated[Literal["app", "api", "external"], OpenEnum] | None = None
    """The source of the feedback. Must be one of "external" (default), "app", or "api\""""

    tags: list[str] | None = None
    """A list of tags to log"""
