"""Models: OnlineScoreConfig, OnlineScoreConfigScorersItemFunction, OnlineScoreConfigScorersItemGlobal."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenConstraints, OpenEnum, OpenUnion, discriminate
from .group_scope import GroupScope
from .span_scope import SpanScope
from .trace_scope import TraceScope

__all__ = [
    "OnlineScoreConfig",
    "OnlineScoreConfigScorersItemFunction",
    "OnlineScoreConfigScorersItemGlobal",
]


class OnlineScoreConfig(BaseModel):
    sampling_rate: Annotated[float, Field(ge=0, le=1), OpenConstraints]
    """The sampling rate for online scoring"""

    scorers: list[
        Annotated[
            Annotated[OnlineScoreConfigScorersItemFunction, Tag("function")]
            | Annotated[OnlineScoreConfigScorersItemGlobal, Tag("global")],
            Discriminator(discriminate("type")),
            OpenUnion,
        ]
    ]
    """The list of functions to run for online scoring. Can include scorers, facets, or other function types."""

    btql_filter: str | None = None
    """Filter logs using BTQL"""

    apply_to_root_span: bool | None = None
    """Whether to trigger online scoring on the root span of each trace. Only applies when scope is 'span' or unset."""

    apply_to_span_names: list[str] | None = None
    """Trigger online scoring on any spans with a name in this list. Only applies when scope is 'span' or unset."""

    skip_logging: bool | None = None
    """Whether to skip adding scorer spans when computing scores"""

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
    """The scope at which to run the functions. Defaults to span-level execution."""


class OnlineScoreConfigScorersItemFunction(BaseModel):
    """Optional function identifier that produced the classification"""

    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["function"], OpenEnum] = Field(
        default="function", validation_alias="type", serialization_alias="type"
    )

    id: str

    version: Annotated[str | None, NotNull] = None
    """The version of the function"""


class OnlineScoreConfigScorersItemGlobal(BaseModel):
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
