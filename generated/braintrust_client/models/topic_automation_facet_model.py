"""Models: TopicAutomationFacetModel."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "TopicAutomationFacetModel",
]


TopicAutomationFacetModel: TypeAlias = (
    Annotated[Literal["brain-facet-latest", "brain-facet-1", "brain-facet-2"], OpenEnum] | None
)
"""Optional facet model override for topic automation"""
