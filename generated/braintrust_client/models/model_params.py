"""Models: ModelParamsAnthropic, ModelParamsGoogle, ModelParamsJsCompletionParams, ModelParamsOpenAI, ModelParamsOpenAIFunctionCallFunction, ModelParamsOpenAIToolChoiceFunction, ModelParamsOpenAIToolChoiceFunctionFunction, ModelParamsWindowAI, ModelParams."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Field

from .._models import BaseModel, NotNull, OpenEnum
from .response_format_nullish import ResponseFormatNullish

__all__ = [
    "ModelParams",
    "ModelParamsAnthropic",
    "ModelParamsGoogle",
    "ModelParamsJsCompletionParams",
    "ModelParamsOpenAI",
    "ModelParamsOpenAIFunctionCallFunction",
    "ModelParamsOpenAIToolChoiceFunction",
    "ModelParamsOpenAIToolChoiceFunctionFunction",
    "ModelParamsWindowAI",
]


class ModelParamsAnthropic(BaseModel):
    use_cache: Annotated[bool | None, NotNull] = None

    reasoning_enabled: Annotated[bool | None, NotNull] = None

    reasoning_budget: Annotated[float | None, NotNull] = None

    max_tokens: float

    temperature: float

    top_p: Annotated[float | None, NotNull] = None

    top_k: Annotated[float | None, NotNull] = None

    stop_sequences: Annotated[list[str] | None, NotNull] = None

    max_tokens_to_sample: Annotated[float | None, NotNull] = None
    """This is a legacy parameter that should not be used."""


class ModelParamsGoogle(BaseModel):
    use_cache: Annotated[bool | None, NotNull] = None

    reasoning_enabled: Annotated[bool | None, NotNull] = None

    reasoning_budget: Annotated[float | None, NotNull] = None

    temperature: Annotated[float | None, NotNull] = None

    max_output_tokens: Annotated[float | None, NotNull] = Field(
        default=None, validation_alias="maxOutputTokens", serialization_alias="maxOutputTokens"
    )

    top_p: Annotated[float | None, NotNull] = Field(default=None, validation_alias="topP", serialization_alias="topP")

    top_k: Annotated[float | None, NotNull] = Field(default=None, validation_alias="topK", serialization_alias="topK")


class ModelParamsJsCompletionParams(BaseModel):
    use_cache: Annotated[bool | None, NotNull] = None

    reasoning_enabled: Annotated[bool | None, NotNull] = None

    reasoning_budget: Annotated[float | None, NotNull] = None


class ModelParamsOpenAI(BaseModel):
    use_cache: Annotated[bool | None, NotNull] = None

    reasoning_enabled: Annotated[bool | None, NotNull] = None

    reasoning_budget: Annotated[float | None, NotNull] = None

    temperature: Annotated[float | None, NotNull] = None

    top_p: Annotated[float | None, NotNull] = None

    max_tokens: Annotated[float | None, NotNull] = None

    max_completion_tokens: Annotated[float | None, NotNull] = None
    """The successor to max_tokens"""

    frequency_penalty: Annotated[float | None, NotNull] = None

    presence_penalty: Annotated[float | None, NotNull] = None

    response_format: ResponseFormatNullish = None

    tool_choice: Annotated[
        Annotated[Literal["auto"], OpenEnum]
        | Annotated[Literal["none"], OpenEnum]
        | Annotated[Literal["required"], OpenEnum]
        | ModelParamsOpenAIToolChoiceFunction
        | None,
        NotNull,
    ] = None

    function_call: Annotated[
        Annotated[Literal["auto"], OpenEnum]
        | Annotated[Literal["none"], OpenEnum]
        | ModelParamsOpenAIFunctionCallFunction
        | None,
        NotNull,
    ] = None

    n: Annotated[float | None, NotNull] = None

    stop: Annotated[list[str] | None, NotNull] = None

    reasoning_effort: Annotated[
        Annotated[Literal["none", "minimal", "low", "medium", "high"], OpenEnum] | None, NotNull
    ] = None

    verbosity: Annotated[Annotated[Literal["low", "medium", "high"], OpenEnum] | None, NotNull] = None


class ModelParamsOpenAIFunctionCallFunction(BaseModel):
    name: str


class ModelParamsOpenAIToolChoiceFunction(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["function"], OpenEnum] = Field(
        default="function", validation_alias="type", serialization_alias="type"
    )

    function: ModelParamsOpenAIToolChoiceFunctionFunction


class ModelParamsOpenAIToolChoiceFunctionFunction(BaseModel):
    name: str


class ModelParamsWindowAI(BaseModel):
    use_cache: Annotated[bool | None, NotNull] = None

    reasoning_enabled: Annotated[bool | None, NotNull] = None

    reasoning_budget: Annotated[float | None, NotNull] = None

    temperature: Annotated[float | None, NotNull] = None

    top_k: Annotated[float | None, NotNull] = Field(default=None, validation_alias="topK", serialization_alias="topK")


ModelParams: TypeAlias = (
    ModelParamsOpenAI | ModelParamsAnthropic | ModelParamsGoogle | ModelParamsWindowAI | ModelParamsJsCompletionParams
)
