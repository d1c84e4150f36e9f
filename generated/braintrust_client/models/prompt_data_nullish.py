"""Models: PromptDataNullish, PromptDataNullishMcpValueId, PromptDataNullishMcpValueUrl, PromptDataNullishOrigin, PromptDataNullishToolFunctionsItemFunction, PromptDataNullishToolFunctionsItemGlobal."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenEnum, OpenUnion, discriminate
from .prompt_block_data_nullish import PromptBlockDataNullish
from .prompt_options_nullish import PromptOptionsNullish
from .prompt_parser_nullish import PromptParserNullish

__all__ = [
    "PromptDataNullish",
    "PromptDataNullishMcpValueId",
    "PromptDataNullishMcpValueUrl",
    "PromptDataNullishOrigin",
    "PromptDataNullishToolFunctionsItemFunction",
    "PromptDataNullishToolFunctionsItemGlobal",
]


class PromptDataNullish(BaseModel):
    """The prompt, model, and its parameters"""

    prompt: PromptBlockDataNullish = None

    options: PromptOptionsNullish | None = None

    parser: PromptParserNullish | None = None

    tool_functions: (
        list[
            Annotated[
                Annotated[PromptDataNullishToolFunctionsItemFunction, Tag("function")]
                | Annotated[PromptDataNullishToolFunctionsItemGlobal, Tag("global")],
                Discriminator(discriminate("type")),
                OpenUnion,
            ]
        ]
        | None
    ) = None

    template_format: Annotated[Literal["mustache", "nunjucks", "none"], OpenEnum] | None = None

    mcp: (
        dict[
            str,
            Annotated[
                Annotated[PromptDataNullishMcpValueId, Tag("id")] | Annotated[PromptDataNullishMcpValueUrl, Tag("url")],
                Discriminator(discriminate("type")),
                OpenUnion,
            ],
        ]
        | None
    ) = None

    origin: PromptDataNullishOrigin | None = None


class PromptDataNullishMcpValueId(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["id"], OpenEnum] = Field(default="id", validation_alias="type", serialization_alias="type")

    id: str

    is_disabled: Annotated[bool | None, NotNull] = None

    enabled_tools: list[str] | None = None
    """If omitted, all tools are enabled"""


class PromptDataNullishMcpValueUrl(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["url"], OpenEnum] = Field(
        default="url", validation_alias="type", serialization_alias="type"
    )

    url: str

    is_disabled: Annotated[bool | None, NotNull] = None

    enabled_tools: list[str] | None = None
    """If omitted, all tools are enabled"""


class PromptDataNullishOrigin(BaseModel):
    prompt_id: Annotated[str | None, NotNull] = None

    project_id: Annotated[str | None, NotNull] = None

    prompt_version: Annotated[str | None, NotNull] = None


class PromptDataNullishToolFunctionsItemFunction(BaseModel):
    """Optional function identifier that produced the classification"""

    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["function"], OpenEnum] = Field(
        default="function", validation_alias="type", serialization_alias="type"
    )

    id: str

    version: Annotated[str | None, NotNull] = None
    """The version of the function"""


class PromptDataNullishToolFunctionsItemGlobal(BaseModel):
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
