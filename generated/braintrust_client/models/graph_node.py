"""Models: GraphNodeAggregator, GraphNodeAggregatorPosition, GraphNodeBtql, GraphNodeBtqlPosition, GraphNodeFunction, GraphNodeFunctionPosition, GraphNodeGate, GraphNodeGatePosition, GraphNodeInput, GraphNodeInputPosition, GraphNodeLiteralModel, GraphNodeLiteralModelPosition, GraphNodeOutput, GraphNodeOutputPosition, GraphNodePromptTemplate, GraphNodePromptTemplatePosition, GraphNode."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, OpenEnum, OpenUnion, discriminate
from .function_id_ref import FunctionIdRef
from .prompt_block_data import PromptBlockData

__all__ = [
    "GraphNode",
    "GraphNodeAggregator",
    "GraphNodeAggregatorPosition",
    "GraphNodeBtql",
    "GraphNodeBtqlPosition",
    "GraphNodeFunction",
    "GraphNodeFunctionPosition",
    "GraphNodeGate",
    "GraphNodeGatePosition",
    "GraphNodeInput",
    "GraphNodeInputPosition",
    "GraphNodeLiteralModel",
    "GraphNodeLiteralModelPosition",
    "GraphNodeOutput",
    "GraphNodeOutputPosition",
    "GraphNodePromptTemplate",
    "GraphNodePromptTemplatePosition",
]


class GraphNodeAggregator(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    description: str | None = None
    """The description of the node"""

    position: GraphNodeAggregatorPosition | None = None
    """The position of the node"""

    type_: Annotated[Literal["aggregator"], OpenEnum] = Field(
        default="aggregator", validation_alias="type", serialization_alias="type"
    )


class GraphNodeAggregatorPosition(BaseModel):
    """The position of the node"""

    x: float
    """The x position of the node"""

    y: float
    """The y position of the node"""


class GraphNodeBtql(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    description: str | None = None
    """The description of the node"""

    position: GraphNodeBtqlPosition | None = None
    """The position of the node"""

    type_: Annotated[Literal["btql"], OpenEnum] = Field(
        default="btql", validation_alias="type", serialization_alias="type"
    )

    expr: str
    """A BTQL expression to be evaluated"""


class GraphNodeBtqlPosition(BaseModel):
    """The position of the node"""

    x: float
    """The x position of the node"""

    y: float
    """The y position of the node"""


class GraphNodeFunction(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    description: str | None = None
    """The description of the node"""

    position: GraphNodeFunctionPosition | None = None
    """The position of the node"""

    type_: Annotated[Literal["function"], OpenEnum] = Field(
        default="function", validation_alias="type", serialization_alias="type"
    )

    function: FunctionIdRef


class GraphNodeFunctionPosition(BaseModel):
    """The position of the node"""

    x: float
    """The x position of the node"""

    y: float
    """The y position of the node"""


class GraphNodeGate(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    description: str | None = None
    """The description of the node"""

    position: GraphNodeGatePosition | None = None
    """The position of the node"""

    type_: Annotated[Literal["gate"], OpenEnum] = Field(
        default="gate", validation_alias="type", serialization_alias="type"
    )

    condition: str | None = None
    """A BTQL expression to be evaluated"""


class GraphNodeGatePosition(BaseModel):
    """The position of the node"""

    x: float
    """The x position of the node"""

    y: float
    """The y position of the node"""


class GraphNodeInput(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    description: str | None = None
    """The description of the node"""

    position: GraphNodeInputPosition | None = None
    """The position of the node"""

    type_: Annotated[Literal["input"], OpenEnum] = Field(
        default="input", validation_alias="type", serialization_alias="type"
    )
    """The input to the graph"""


class GraphNodeInputPosition(BaseModel):
    """The position of the node"""

    x: float
    """The x position of the node"""

    y: float
    """The y position of the node"""


class GraphNodeLiteralModel(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    description: str | None = None
    """The description of the node"""

    position: GraphNodeLiteralModelPosition | None = None
    """The position of the node"""

    type_: Annotated[Literal["literal"], OpenEnum] = Field(
        default="literal", validation_alias="type", serialization_alias="type"
    )

    value: Any = None
    """A literal value to be returned"""


class GraphNodeLiteralModelPosition(BaseModel):
    """The position of the node"""

    x: float
    """The x position of the node"""

    y: float
    """The y position of the node"""


class GraphNodeOutput(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    description: str | None = None
    """The description of the node"""

    position: GraphNodeOutputPosition | None = None
    """The position of the node"""

    type_: Annotated[Literal["output"], OpenEnum] = Field(
        default="output", validation_alias="type", serialization_alias="type"
    )
    """The output of the graph"""


class GraphNodeOutputPosition(BaseModel):
    """The position of the node"""

    x: float
    """The x position of the node"""

    y: float
    """The y position of the node"""


class GraphNodePromptTemplate(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    description: str | None = None
    """The description of the node"""

    position: GraphNodePromptTemplatePosition | None = None
    """The position of the node"""

    type_: Annotated[Literal["prompt_template"], OpenEnum] = Field(
        default="prompt_template", validation_alias="type", serialization_alias="type"
    )

    prompt: PromptBlockData


class GraphNodePromptTemplatePosition(BaseModel):
    """The position of the node"""

    x: float
    """The x position of the node"""

    y: float
    """The y position of the node"""


GraphNode: TypeAlias = Annotated[
    Annotated[GraphNodeFunction, Tag("function")]
    | Annotated[GraphNodeInput, Tag("input")]
    | Annotated[GraphNodeOutput, Tag("output")]
    | Annotated[GraphNodeLiteralModel, Tag("literal")]
    | Annotated[GraphNodeBtql, Tag("btql")]
    | Annotated[GraphNodeGate, Tag("gate")]
    | Annotated[GraphNodeAggregator, Tag("aggregator")]
    | Annotated[GraphNodePromptTemplate, Tag("prompt_template")],
    Discriminator(discriminate("type")),
    OpenUnion,
]
