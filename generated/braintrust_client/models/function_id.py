"""Models: FunctionIdFunctionId, FunctionIdGlobalFunction, FunctionIdInlineCode, FunctionIdInlineCodeInlineContext, FunctionIdInlineFunction, FunctionIdInlinePrompt, FunctionIdProjectSlug, FunctionIdPromptSessionId, FunctionId."""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeAlias

from .._models import BaseModel, NotNull, OpenEnum
from .function_type_enum import FunctionTypeEnum
from .prompt_data import PromptData

__all__ = [
    "FunctionId",
    "FunctionIdFunctionId",
    "FunctionIdGlobalFunction",
    "FunctionIdInlineCode",
    "FunctionIdInlineCodeInlineContext",
    "FunctionIdInlineFunction",
    "FunctionIdInlinePrompt",
    "FunctionIdProjectSlug",
    "FunctionIdPromptSessionId",
]


class FunctionIdFunctionId(BaseModel):
    """Function id"""

    function_id: str
    """The ID of the function"""

    version: Annotated[str | None, NotNull] = None
    """The version of the function"""


class FunctionIdGlobalFunction(BaseModel):
    """Global function name"""

    global_function: str
    """The name of the global function. Currently, the global namespace includes the functions in autoevals"""

    function_type: FunctionTypeEnum = "scorer"


class FunctionIdInlineCode(BaseModel):
    """Inline code function"""

    inline_context: FunctionIdInlineCodeInlineContext

    code: str
    """The inline code to execute"""

    function_type: FunctionTypeEnum = "scorer"
    """The function type for inline code. Required when invoking inline preprocessors."""

    name: str | None = None
    """The name of the inline code function"""


class FunctionIdInlineCodeInlineContext(BaseModel):
    runtime: Annotated[Literal["node", "python", "browser", "quickjs"], OpenEnum]

    version: str


class FunctionIdInlineFunction(BaseModel):
    """Inline function definition"""

    inline_prompt: Annotated[PromptData | None, NotNull] = None

    inline_function: dict[str, Any]

    function_type: FunctionTypeEnum = "scorer"

    name: str | None = None
    """The name of the inline function"""


class FunctionIdInlinePrompt(BaseModel):
    """Inline prompt definition"""

    inline_prompt: PromptData

    function_type: FunctionTypeEnum = "scorer"

    name: str | None = None
    """The name of the inline prompt"""


class FunctionIdProjectSlug(BaseModel):
    """Project name and slug"""

    project_name: str
    """The name of the project containing the function"""

    slug: str
    """The slug of the function"""

    version: Annotated[str | None, NotNull] = None
    """The version of the function"""


class FunctionIdPromptSessionId(BaseModel):
    """Prompt session id"""

    prompt_session_id: str
    """The ID of the prompt session"""

    prompt_session_function_id: str
    """The ID of the function in the prompt session"""

    version: Annotated[str | None, NotNull] = None
    """The version of the function"""


FunctionId: TypeAlias = (
    FunctionIdFunctionId
    | FunctionIdProjectSlug
    | FunctionIdGlobalFunction
    | FunctionIdPromptSessionId
    | FunctionIdInlineCode
    | FunctionIdInlineFunction
    | FunctionIdInlinePrompt
)
"""The function to evaluate"""
