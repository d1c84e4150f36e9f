"""Models: InvokeEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from .._models import OpenUnion, discriminate
from .console_event import ConsoleEvent
from .done_event import DoneEvent
from .error_event import ErrorEvent
from .json_delta_event import JsonDeltaEvent
from .progress_event import ProgressEvent
from .reasoning_delta_event import ReasoningDeltaEvent
from .start_event import StartEvent
from .text_delta_event import TextDeltaEvent

__all__ = [
    "InvokeEvent",
]


InvokeEvent: TypeAlias = Annotated[
    Annotated[TextDeltaEvent, Tag("text_delta")]
    | Annotated[ReasoningDeltaEvent, Tag("reasoning_delta")]
    | Annotated[JsonDeltaEvent, Tag("json_delta")]
    | Annotated[ProgressEvent, Tag("progress")]
    | Annotated[ConsoleEvent, Tag("console")]
    | Annotated[ErrorEvent, Tag("error")]
    | Annotated[StartEvent, Tag("start")]
    | Annotated[DoneEvent, Tag("done")],
    Discriminator(discriminate("event")),
    OpenUnion,
]
"""One server-sent event of a streamed function invocation; `event` tells which."""
