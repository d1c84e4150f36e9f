"""Models: FeedbackDatasetItem."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._models import BaseModel, OpenEnum

__all__ = [
    "FeedbackDatasetItem",
]


class FeedbackDatasetItem(BaseModel):
    id: str
    """The id of the dataset event to log feedback for. This is the row `id` returned by `POST /v1/dataset/{dataset_id}/insert`"""

    comment: str | None = None
    """An optional comment string to log about the dataset event"""

    metadata: dict[str, Any] | None = None
    """A dictionary with additional data about the feedback. If you have a `user_id`, you can log it here and access it in the Braintrust UI. Note, this metadata does not correspond to the main event itself, but rather the audit log attached to the event."""

    source: Annotated[Literal["app", "api", "external"], OpenEnum] | None = None
    """The source of the feedback. Must be one of "external" (default), "app", or "api\""""

    tags: list[str] | None = None
    """A list of tags to log"""
