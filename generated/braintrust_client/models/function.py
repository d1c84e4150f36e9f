"""Models: Function, FunctionFunctionSchema, FunctionOrigin."""

from __future__ import annotations

import datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from .._models import BaseModel, OpenEnum
from .acl_object_type import AclObjectType
from .function_data import FunctionData
from .function_type_enum_nullish import FunctionTypeEnumNullish
from .prompt_data_nullish import PromptDataNullish

__all__ = [
    "Function",
    "FunctionFunctionSchema",
    "FunctionOrigin",
]


class Function(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("log_id",)

    id: str
    """Unique identifier for the prompt"""

    xact_id: str = Field(validation_alias="_xact_id", serialization_alias="_xact_id")
    """The transaction id of an event is unique to the network operation that processed the event insertion. Transaction ids are monotonically increasing over time and can be used to retrieve a versioned snapshot of the prompt (see the `version` parameter)"""

    project_id: str
    """Unique identifier for the project that the prompt belongs under"""

    log_id: Annotated[Literal["p"], OpenEnum] = "p"
    """A literal 'p' which identifies the object as a project prompt"""

    org_id: str
    """Unique identifier for the organization"""

    name: str
    """Name of the prompt"""

    slug: str
    """Unique identifier for the prompt"""

    description: str | None = None
    """Textual description of the prompt"""

    created: datetime.datetime | None = None
    """Date of prompt creation"""

    prompt_data: PromptDataNullish | None = None

    tags: list[str] | None = None
    """A list of tags for the prompt"""

    metadata: dict[str, Any] | None = None
    """User-controlled metadata about the prompt"""

    function_type: FunctionTypeEnumNullish = None

    function_data: FunctionData

    origin: FunctionOrigin | None = None

    function_schema: FunctionFunctionSchema | None = None
    """JSON schema for the function's parameters and return type"""


class FunctionFunctionSchema(BaseModel):
    """JSON schema for the function's parameters and return type"""

    parameters: Any = None

    returns: Any = None


class FunctionOrigin(BaseModel):
    object_type: AclObjectType

    object_id: str
    """Id of the object the function is originating from"""

    internal: bool | None = None
    """The function exists for internal purposes and should not be displayed in the list of functions."""
