"""Models: CodeBundle, CodeBundleLocationExperiment, CodeBundleLocationExperimentPositionClassifier, CodeBundleLocationExperimentPositionScorer, CodeBundleLocationExperimentPositionTask, CodeBundleLocationFunction, CodeBundleLocationSandbox, CodeBundleLocationSandboxSandboxSpecLambda, CodeBundleLocationSandboxSandboxSpecModal, CodeBundleRuntimeContext."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenConstraints, OpenEnum, OpenUnion, discriminate

__all__ = [
    "CodeBundle",
    "CodeBundleLocationExperiment",
    "CodeBundleLocationExperimentPositionClassifier",
    "CodeBundleLocationExperimentPositionScorer",
    "CodeBundleLocationExperimentPositionTask",
    "CodeBundleLocationFunction",
    "CodeBundleLocationSandbox",
    "CodeBundleLocationSandboxSandboxSpecLambda",
    "CodeBundleLocationSandboxSandboxSpecModal",
    "CodeBundleRuntimeContext",
]


class CodeBundle(BaseModel):
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


class CodeBundleLocationExperiment(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["experiment"], OpenEnum] = Field(
        default="experiment", validation_alias="type", serialization_alias="type"
    )

    eval_name: str

    position: Annotated[
        Annotated[CodeBundleLocationExperimentPositionTask, Tag("task")]
        | Annotated[CodeBundleLocationExperimentPositionScorer, Tag("scorer")]
        | Annotated[CodeBundleLocationExperimentPositionClassifier, Tag("classifier")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]


class CodeBundleLocationExperimentPositionClassifier(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["classifier"], OpenEnum] = Field(
        default="classifier", validation_alias="type", serialization_alias="type"
    )

    index: Annotated[int, Field(ge=0), OpenConstraints]


class CodeBundleLocationExperimentPositionScorer(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["scorer"], OpenEnum] = Field(
        default="scorer", validation_alias="type", serialization_alias="type"
    )

    index: Annotated[int, Field(ge=0), OpenConstraints]


class CodeBundleLocationExperimentPositionTask(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["task"], OpenEnum] = Field(
        default="task", validation_alias="type", serialization_alias="type"
    )


class CodeBundleLocationFunction(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["function"], OpenEnum] = Field(
        default="function", validation_alias="type", serialization_alias="type"
    )

    index: Annotated[int, Field(ge=0), OpenConstraints]


class CodeBundleLocationSandbox(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["sandbox"], OpenEnum] = Field(
        default="sandbox", validation_alias="type", serialization_alias="type"
    )

    sandbox_spec: Annotated[
        Annotated[CodeBundleLocationSandboxSandboxSpecModal, Tag("modal")]
        | Annotated[CodeBundleLocationSandboxSandboxSpecLambda, Tag("lambda")],
        Discriminator(discriminate("provider")),
        OpenUnion,
    ]

    entrypoints: Annotated[list[str] | None, NotNull] = None
    """Which entrypoints to execute in the sandbox"""

    eval_name: str

    parameters: Annotated[dict[str, Any] | None, NotNull] = None
    """Parameter values for sandbox eval execution"""

    evaluator_definition: Any = None
    """Definition of current evaluator with parameters"""


class CodeBundleLocationSandboxSandboxSpecLambda(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("provider",)

    provider: Annotated[Literal["lambda"], OpenEnum] = "lambda"


class CodeBundleLocationSandboxSandboxSpecModal(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("provider",)

    provider: Annotated[Literal["modal"], OpenEnum] = "modal"

    snapshot_ref: str
    """sandbox snapshot ref"""


class CodeBundleRuntimeContext(BaseModel):
    runtime: Annotated[Literal["node", "python", "browser", "quickjs"], OpenEnum]

    version: str
