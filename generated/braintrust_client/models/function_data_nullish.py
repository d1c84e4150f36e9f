"""Models: FunctionDataNullishCode, FunctionDataNullishCodeDataBundle, FunctionDataNullishCodeDataInline, FunctionDataNullishCodeDataInlineRuntimeContext, FunctionDataNullishGlobal, FunctionDataNullishParameters, FunctionDataNullishParametersSchema, FunctionDataNullishPrompt, FunctionDataNullishRemoteEval, FunctionDataNullish."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenEnum, OpenUnion, discriminate
from .batched_facet_data import BatchedFacetData
from .code_bundle import (
    CodeBundleLocationExperiment,
    CodeBundleLocationFunction,
    CodeBundleLocationSandbox,
    CodeBundleRuntimeContext,
)
from .facet_data import FacetData
from .function_type_enum import FunctionTypeEnum
from .graph_data import GraphData
from .topic_map_data import TopicMapData

__all__ = [
    "FunctionDataNullish",
    "FunctionDataNullishCode",
    "FunctionDataNullishCodeDataBundle",
    "FunctionDataNullishCodeDataInline",
    "FunctionDataNullishCodeDataInlineRuntimeContext",
    "FunctionDataNullishGlobal",
    "FunctionDataNullishParameters",
    "FunctionDataNullishParametersSchema",
    "FunctionDataNullishPrompt",
    "FunctionDataNullishRemoteEval",
]


class FunctionDataNullishCode(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["code"], OpenEnum] = Field(
        default="code", validation_alias="type", serialization_alias="type"
    )

    data: Annotated[
        Annotated[FunctionDataNullishCodeDataBundle, Tag("bundle")]
        | Annotated[FunctionDataNullishCodeDataInline, Tag("inline")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]


class FunctionDataNullishCodeDataBundle(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["bundle"], OpenEnum] = Field(
        default="bundle", validation_alias="type", serialization_alias="type"
    )

    runtime_context: CodeBundleRuntimeContext

    location: Annotated[
        Annotated[CodeBundleLocationExperiment, Tag("experiment")]
        | Annotated[CodeBundleLocationFunction, Tag("function")]
        | Annotated[CodeBundleLocationSandbox, Tag("sandbox")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]

    bundle_id: str | None = None

    preview: str | None = None
    """A preview of the code"""


class FunctionDataNullishCodeDataInline(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["inline"], OpenEnum] = Field(
        default="inline", validation_alias="type", serialization_alias="type"
    )

    runtime_context: FunctionDataNullishCodeDataInlineRuntimeContext

    code: str

    code_hash: Annotated[str | None, NotNull] = None
    """SHA256 hash of the code, computed at save time"""


class FunctionDataNullishCodeDataInlineRuntimeContext(BaseModel):
    runtime: Annotated[Literal["node", "python", "browser", "quickjs"], OpenEnum]

    version: str


class FunctionDataNullishGlobal(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["global"], OpenEnum] = Field(
        default="global", validation_alias="type", serialization_alias="type"
    )

    name: str

    function_type: FunctionTypeEnum = "scorer"

    config: dict[str, Any] | None = None
    """Configuration options to pass to the global function (e.g., for preprocessor customization)"""


class FunctionDataNullishParameters(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["parameters"], OpenEnum] = Field(
        default="parameters", validation_alias="type", serialization_alias="type"
    )

    data: dict[str, Any]
    """The parameters data"""

    schema_: FunctionDataNullishParametersSchema = Field(validation_alias="__schema", serialization_alias="__schema")
    """JSON Schema format for parameters"""


class FunctionDataNullishParametersSchema(BaseModel):
    """JSON Schema format for parameters"""

    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["object"], OpenEnum] = Field(
        default="object", validation_alias="type", serialization_alias="type"
    )

    properties: dict[str, dict[str, Any]]

    required: Annotated[list[str] | None, NotNull] = None

    additional_properties: Annotated[bool | None, NotNull] = Field(
        default=None, validation_alias="additionalProperties", serialization_alias="additionalProperties"
    )


class FunctionDataNullishPrompt(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["prompt"], OpenEnum] = Field(
        default="prompt", validation_alias="type", serialization_alias="type"
    )


class FunctionDataNullishRemoteEval(BaseModel):
    """A remote eval to run"""

    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["remote_eval"], OpenEnum] = Field(
        default="remote_eval", validation_alias="type", serialization_alias="type"
    )

    endpoint: str

    eval_name: str

    parameters: dict[str, Any]

    parameters_version: str | None = None
    """The version (transaction ID) of the parameters being used"""


FunctionDataNullish: TypeAlias = (
    Annotated[
        Annotated[FunctionDataNullishPrompt, Tag("prompt")]
        | Annotated[FunctionDataNullishCode, Tag("code")]
        | Annotated[GraphData, Tag("graph")]
        | Annotated[FunctionDataNullishRemoteEval, Tag("remote_eval")]
        | Annotated[FunctionDataNullishGlobal, Tag("global")]
        | Annotated[FacetData, Tag("facet")]
        | Annotated[BatchedFacetData, Tag("batched_facet")]
        | Annotated[FunctionDataNullishParameters, Tag("parameters")]
        | Annotated[TopicMapData, Tag("topic_map")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]
    | None
)
