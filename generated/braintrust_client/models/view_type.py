"""Models: ViewType."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "ViewType",
]


ViewType: TypeAlias = (
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
