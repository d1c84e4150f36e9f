"""Models: InvokeApi, InvokeApiMcpAuthValue."""

from __future__ import annotations

from typing import Annotated, Any

from .._models import BaseModel, NotNull
from .chat_completion_message_param import ChatCompletionMessageParam
from .invoke_parent import InvokeParent
from .streaming_mode import StreamingMode

__all__ = [
    "InvokeApi",
    "InvokeApiMcpAuthValue",
]


class InvokeApi(BaseModel):
    """The request to invoke a function"""

    input: Any = None
    """Argument to the function, which can be any JSON serializable value"""

    expected: Any = None
    """The expected output of the function"""

    metadata: dict[str, Any] | None = None
    """Any relevant metadata. This will be logged and available as the `metadata` argument."""

    tags: list[str] | None = None
    """Any relevant tags to log on the span."""

    messages: Annotated[list[ChatCompletionMessageParam] | None, NotNull] = None
    """If the function is an LLM, additional messages to pass along to it"""

    parent: Annotated[InvokeParent | None, NotNull] = None

    stream: bool | None = None
    """Whether to stream the response. If true, results will be returned in the Braintrust SSE format."""

    mode: StreamingMode = None

    strict: bool | None = None
    """If true, throw an error if one of the variables in the prompt is not present in the input"""

    mcp_auth: Annotated[dict[str, InvokeApiMcpAuthValue] | None, NotNull] = None
    """Map of MCP server URL to auth credentials"""

    overrides: dict[str, Any] | None = None
    """Partial function definition to merge with the function being invoked. Fields are validated against the function type's schema at runtime. For facets: { preprocessor?, prompt?, model? }. For prompts: { model?, ... }."""

    version: Annotated[str | None, NotNull] = None
    """The version of the function"""


class InvokeApiMcpAuthValue(BaseModel):
    oauth_token: Annotated[str | None, NotNull] = None
    """The OAuth token to use"""
