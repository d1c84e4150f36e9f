"""Models: TopicMapFunctionAutomation, TopicMapFunctionAutomationFunctionFunction, TopicMapFunctionAutomationFunctionGlobal."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenEnum, OpenUnion, discriminate

__all__ = [
    "TopicMapFunctionAutomation",
    "TopicMapFunctionAutomationFunctionFunction",
    "TopicMapFunctionAutomationFunctionGlobal",
]


class TopicMapFunctionAutomation(BaseModel):
    function: Annotated[
        Annotated[TopicMapFunctionAutomationFunctionFunction, Tag("function")]
        | Annotated[TopicMapFunctionAutomationFunctionGlobal, Tag("global")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]

    btql_filter: str | None = None
    """Per-topic-map BTQL filter. For trace scope, a topic map runs when max(filter) over the trace is truthy. For span scope, it runs when the current span matches."""


class TopicMapFunctionAutomationFunctionFunction(BaseModel):
    """Optional function identifier that produced the classification"""

    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["function"], OpenEnum] = Field(
        default="function", validation_alias="type", serialization_alias="type"
    )

    id: str

    version: Annotated[str | None, NotNull] = None
    """The version of the function"""


class TopicMapFunctionAutomationFunctionGlobal(BaseModel):
    """Optional function identifier that produced the classification"""

    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["global"], OpenEnum] = Field(
        default="global", validation_alias="type", serialization_alias="type"
    )

    name: str

    function_type: (
        Annotated[
            Literal[
                "llm",
                "scorer",
                "task",
                "tool",
                "custom_view",
                "preprocessor",
                "facet",
                "classifier",
                "tag",
                "parameters",
                "sandbox",
            ],
            OpenEnum,
        ]
        | None
    ) = "scorer"
