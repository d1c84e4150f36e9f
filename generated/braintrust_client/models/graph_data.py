"""Models: GraphData."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .._models import BaseModel, OpenEnum
from .graph_edge import GraphEdge
from .graph_node import GraphNode

__all__ = [
    "GraphData",
]


class GraphData(BaseModel):
    """This feature is preliminary and unsupported."""

    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["graph"], OpenEnum] = Field(
        default="graph", validation_alias="type", serialization_alias="type"
    )

    nodes: dict[str, GraphNode]

    edges: dict[str, GraphEdge]
