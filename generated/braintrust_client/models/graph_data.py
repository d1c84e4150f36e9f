"""Models: GraphData."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel, OpenEnum
from .graph_edge import GraphEdge
from .graph_node import GraphNode

__all__ = [
    "GraphData",
]


class GraphData(BaseModel):
    """This feature is preliminary and unsupported."""

    type_: Annotated[Literal["graph"], OpenEnum] = Field(validation_alias="type", serialization_alias="type")

    nodes: dict[str, GraphNode]

    edges: dict[str, GraphEdge]
