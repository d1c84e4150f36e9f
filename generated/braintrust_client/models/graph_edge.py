"""Models: GraphEdge, GraphEdgeSource, GraphEdgeTarget."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel, OpenConstraints, OpenEnum

__all__ = [
    "GraphEdge",
    "GraphEdgeSource",
    "GraphEdgeTarget",
]


class GraphEdge(BaseModel):
    source: GraphEdgeSource

    target: GraphEdgeTarget

    purpose: Annotated[Literal["control", "data", "messages"], OpenEnum]
    """The purpose of the edge"""


class GraphEdgeSource(BaseModel):
    node: Annotated[str, Field(max_length=1024), OpenConstraints]
    """The id of the node in the graph"""

    variable: str


class GraphEdgeTarget(BaseModel):
    node: Annotated[str, Field(max_length=1024), OpenConstraints]
    """The id of the node in the graph"""

    variable: str
