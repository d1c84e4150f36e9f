"""Models: TopicDigestAutomationConfig, TopicDigestAutomationConfigAction."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .._models import BaseModel, NotNull, OpenConstraints, OpenEnum
from .automation_status import AutomationStatus

__all__ = [
    "TopicDigestAutomationConfig",
    "TopicDigestAutomationConfigAction",
]


class TopicDigestAutomationConfig(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("event_type",)

    event_type: Annotated[Literal["topic_digest"], OpenEnum] = "topic_digest"
    """The type of automation."""

    status: Annotated[AutomationStatus | None, NotNull] = None

    window_seconds: Annotated[Annotated[int, Field(ge=3600, le=2592000), OpenConstraints] | None, NotNull] = 86400
    """How much recent history to include in each digest"""

    scheduled_time_minutes_utc: Annotated[int, Field(ge=0, le=1439), OpenConstraints]
    """Minutes after midnight UTC when the digest should be sent"""

    action: TopicDigestAutomationConfigAction
    """The Slack action to take when the digest is sent"""

    topic_map_function_ids: Annotated[Annotated[list[str], Field(max_length=10), OpenConstraints] | None, NotNull] = (
        None
    )
    """Optional topic map function IDs to include in the digest"""


class TopicDigestAutomationConfigAction(BaseModel):
    """The Slack action to take when the digest is sent"""

    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["slack"], OpenEnum] = Field(
        default="slack", validation_alias="type", serialization_alias="type"
    )
    """The type of action to take"""

    workspace_id: str
    """The Slack workspace ID to post to"""

    channel: str
    """The Slack channel ID to post to"""

    message_template: Annotated[str | None, NotNull] = None
    """Custom message template for the alert"""
