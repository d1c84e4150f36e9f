"""Models: View."""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from .._models import BaseModel, OpenEnum
from .acl_object_type import AclObjectType
from .view_data import ViewData
from .view_options import ViewOptions

__all__ = [
    "View",
]


class View(BaseModel):
    id: str
    """Unique identifier for the view"""

    object_type: AclObjectType

    object_id: str
    """The id of the object the view applies to"""

    view_type: (
        Annotated[
            Literal[
                "projects",
                "experiments",
                "experiment",
                "playgrounds",
                "playground",
                "datasets",
                "dataset",
                "prompts",
                "parameters",
                "tools",
                "scorers",
                "classifiers",
                "logs",
                "monitor",
                "for_review_project_log",
                "for_review_experiments",
                "for_review_datasets",
            ],
            OpenEnum,
        ]
        | None
    )
    """Type of object that the view corresponds to."""

    name: str
    """Name of the view"""

    created: datetime.datetime | None = None
    """Date of view creation"""

    view_data: ViewData | None = None

    options: ViewOptions = None

    user_id: str | None = None
    """Identifies the user who created the view"""

    deleted_at: datetime.datetime | None = None
    """Date of role deletion, or null if the role is still active"""
