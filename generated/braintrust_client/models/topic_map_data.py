"""Models: TopicMapData."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .._models import BaseModel, NotNull, OpenEnum
from .topic_map_generation_settings import TopicMapGenerationSettings

__all__ = [
    "TopicMapData",
]


class TopicMapData(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["topic_map"], OpenEnum] = Field(
        default="topic_map", validation_alias="type", serialization_alias="type"
    )

    source_facet: str
    """The facet field name to use as input for classification"""

    embedding_model: str
    """The embedding model to use for embedding facet values"""

    bundle_key: Annotated[str | None, NotNull] = None
    """Key of the topic map bundle in code_bundles bucket"""

    report_key: Annotated[str | None, NotNull] = None
    """Key of the clustering report in code_bundles bucket"""

    topic_names: Annotated[dict[str, str] | None, NotNull] = None
    """Mapping from topic_id to topic name"""

    generation_settings: Annotated[TopicMapGenerationSettings | None, NotNull] = None

    disable_reconciliation: Annotated[bool | None, NotNull] = None
    """Whether new topic generation should ignore the previously saved report during reconciliation. Defaults to false when omitted."""

    distance_threshold: Annotated[float | None, NotNull] = None
    """Maximum distance to nearest centroid. If exceeded, returns no_match."""

    btql_filter: Annotated[str | None, NotNull] = None
    """Per-topic-map BTQL filter that was applied when this version was generated. Absent on versions generated before this was recorded."""

    automation_btql_filter: Annotated[str | None, NotNull] = None
    """Automation-level BTQL filter that was applied when this version was generated. Absent on versions generated before this was recorded."""
