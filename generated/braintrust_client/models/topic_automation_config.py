"""Models: TopicAutomationConfig, TopicAutomationConfigBackfillTimeRangeVariant2, TopicAutomationConfigFacetFunctionsItemFunction, TopicAutomationConfigFacetFunctionsItemGlobal."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenConstraints, OpenEnum, OpenUnion, discriminate
from .automation_status import AutomationStatus
from .group_scope import GroupScope
from .span_scope import SpanScope
from .topic_automation_data_scope import TopicAutomationDataScope
from .topic_automation_facet_model import TopicAutomationFacetModel
from .topic_map_function_automation import TopicMapFunctionAutomation
from .trace_scope import TraceScope

__all__ = [
    "TopicAutomationConfig",
    "TopicAutomationConfigBackfillTimeRangeVariant2",
    "TopicAutomationConfigFacetFunctionsItemFunction",
    "TopicAutomationConfigFacetFunctionsItemGlobal",
]


class TopicAutomationConfig(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("event_type",)

    event_type: Annotated[Literal["topic"], OpenEnum] = "topic"
    """The type of automation."""

    status: Annotated[AutomationStatus | None, NotNull] = None

    sampling_rate: Annotated[float, Field(ge=0, le=1), OpenConstraints]
    """The sampling rate for topic automation"""

    facet_model: TopicAutomationFacetModel = None

    facet_functions: list[
        Annotated[
            Annotated[TopicAutomationConfigFacetFunctionsItemFunction, Tag("function")]
            | Annotated[TopicAutomationConfigFacetFunctionsItemGlobal, Tag("global")],
            Discriminator(discriminate("type")),
            OpenUnion,
        ]
    ]
    """Facet functions used by the topic automation"""

    topic_map_functions: list[TopicMapFunctionAutomation]
    """Topic map functions with optional per-topic-map filters"""

    scope: (
        Annotated[
            Annotated[SpanScope, Tag("span")]
            | Annotated[TraceScope, Tag("trace")]
            | Annotated[GroupScope, Tag("group")],
            Discriminator(discriminate("type")),
            OpenUnion,
        ]
        | None
    ) = None
    """Execution scope for topic automation. Defaults to span-level execution."""

    data_scope: TopicAutomationDataScope = None

    btql_filter: str | None = None
    """Optional BTQL filter applied before topic automation."""

    rerun_seconds: Annotated[float, Field(ge=600), OpenConstraints] | None = None
    """How often to recompute topic maps"""

    relabel_overlap_seconds: Annotated[float, Field(ge=60), OpenConstraints] | None = None
    """How much recent history to relabel after a new topic map version becomes active"""

    backfill_time_range: str | TopicAutomationConfigBackfillTimeRangeVariant2 | None = None
    """Topic window used for classification coverage and initial backfill."""


class TopicAutomationConfigBackfillTimeRangeVariant2(BaseModel):
    from_: str = Field(validation_alias="from", serialization_alias="from")

    to: str


class TopicAutomationConfigFacetFunctionsItemFunction(BaseModel):
    """Optional function identifier that produced the classification"""

    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["function"], OpenEnum] = Field(
        default="function", validation_alias="type", serialization_alias="type"
    )

    id: str

    version: Annotated[str | None, NotNull] = None
    """The version of the function"""


class TopicAutomationConfigFacetFunctionsItemGlobal(BaseModel):
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
