"""Models: CreateFunction, CreateFunctionFunctionSchema, CreateFunctionOrigin."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel, OpenConstraints
from .acl_object_type import AclObjectType
from .function_data import FunctionData
from .function_type_enum_nullish import FunctionTypeEnumNullish
from .prompt_data_nullish import PromptDataNullish

__all__ = [
    "CreateFunction",
    "CreateFunctionFunctionSchema",
    "CreateFunctionOrigin",
]


class CreateFunction(BaseModel):
    project_id: str
    """Unique identifier for the project that the prompt belongs under"""

    name: Annotated[str, Field(min_length=1), OpenConstraints]
    """Name of the prompt"""

    slug: Annotated[str, Field(min_length=1), OpenConstraints]
    """Unique identifier for the prompt"""

    description: str | None = None
    """Textual description of the prompt"""

    prompt_data: PromptDataNullish | None = None

    tags: list[str] | None = None
    """A list of tags for the prompt"""

    function_type: FunctionTypeEnumNullish = None

    function_data: FunctionData

    origin: CreateFunctionOrigin | None = None

    function_schema: CreateFunctionFunctionSchema | None = None
    """JSON schema for the function's parameters and return type"""


class CreateFunctionFunctionSchema(BaseModel):
    """JSON schema for the function's parameters and return type"""

    parameters: Any = None

    returns: Any = None


class CreateFunctionOrigin(BaseModel):
    object_type: AclObjectType

    object_id: str
    """Id of the object the function is originating from"""

    internal: bool | None = None
    """The function exists for internal purposes and should not be displayed in the list of functions."""
