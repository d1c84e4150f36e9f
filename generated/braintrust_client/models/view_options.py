"""Models: ViewOptionsMonitor, ViewOptionsMonitorOptions, ViewOptionsTable, ViewOptionsTableChartAnnotationsItem, ViewOptionsTableExcludedMeasuresItem, ViewOptionsTableSymbolGrouping, ViewOptionsTableTimeRangeFilterVariant2, ViewOptionsTableXAxis, ViewOptionsTableYMetric, ViewOptions."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Field

from .._models import BaseModel, OpenEnum

__all__ = [
    "ViewOptions",
    "ViewOptionsMonitor",
    "ViewOptionsMonitorOptions",
    "ViewOptionsTable",
    "ViewOptionsTableChartAnnotationsItem",
    "ViewOptionsTableExcludedMeasuresItem",
    "ViewOptionsTableSymbolGrouping",
    "ViewOptionsTableTimeRangeFilterVariant2",
    "ViewOptionsTableXAxis",
    "ViewOptionsTableYMetric",
]


class ViewOptionsMonitor(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("view_type",)

    view_type: Annotated[Literal["monitor"], OpenEnum] = Field(
        default="monitor", validation_alias="viewType", serialization_alias="viewType"
    )

    options: ViewOptionsMonitorOptions

    freeze_columns: bool | None = Field(
        default=None, validation_alias="freezeColumns", serialization_alias="freezeColumns"
    )


class ViewOptionsMonitorOptions(BaseModel):
    span_type: Annotated[Literal["range", "frame"], OpenEnum] | None = Field(
        default=None, validation_alias="spanType", serialization_alias="spanType"
    )

    range_value: str | None = Field(default=None, validation_alias="rangeValue", serialization_alias="rangeValue")

    frame_start: str | None = Field(default=None, validation_alias="frameStart", serialization_alias="frameStart")

    frame_end: str | None = Field(default=None, validation_alias="frameEnd", serialization_alias="frameEnd")

    tz_utc: bool | None = Field(default=None, validation_alias="tzUTC", serialization_alias="tzUTC")

    chart_visibility: dict[str, bool] | None = Field(
        default=None, validation_alias="chartVisibility", serialization_alias="chartVisibility"
    )

    project_id: str | None = Field(default=None, validation_alias="projectId", serialization_alias="projectId")

    type_: Annotated[Literal["project", "experiment"], OpenEnum] | None = Field(
        default=None, validation_alias="type", serialization_alias="type"
    )

    group_by: str | None = Field(default=None, validation_alias="groupBy", serialization_alias="groupBy")


class ViewOptionsTable(BaseModel):
    column_visibility: dict[str, bool] | None = Field(
        default=None, validation_alias="columnVisibility", serialization_alias="columnVisibility"
    )

    column_order: list[str] | None = Field(
        default=None, validation_alias="columnOrder", serialization_alias="columnOrder"
    )

    column_sizing: dict[str, float] | None = Field(
        default=None, validation_alias="columnSizing", serialization_alias="columnSizing"
    )

    grouping: str | None = None

    row_height: str | None = Field(default=None, validation_alias="rowHeight", serialization_alias="rowHeight")

    tall_group_rows: bool | None = Field(
        default=None, validation_alias="tallGroupRows", serialization_alias="tallGroupRows"
    )

    layout: str | None = None

    topic_map_report_key: str | None = Field(
        default=None, validation_alias="topicMapReportKey", serialization_alias="topicMapReportKey"
    )

    chart_height: float | None = Field(default=None, validation_alias="chartHeight", serialization_alias="chartHeight")

    excluded_measures: list[ViewOptionsTableExcludedMeasuresItem] | None = Field(
        default=None, validation_alias="excludedMeasures", serialization_alias="excludedMeasures"
    )

    y_metric: ViewOptionsTableYMetric | None = Field(
        default=None, validation_alias="yMetric", serialization_alias="yMetric"
    )

    x_axis: ViewOptionsTableXAxis | None = Field(default=None, validation_alias="xAxis", serialization_alias="xAxis")

    symbol_grouping: ViewOptionsTableSymbolGrouping | None = Field(
        default=None, validation_alias="symbolGrouping", serialization_alias="symbolGrouping"
    )

    x_axis_aggregation: str | None = Field(
        default=None, validation_alias="xAxisAggregation", serialization_alias="xAxisAggregation"
    )
    """One of 'avg', 'sum', 'min', 'max', 'median', 'all'"""

    chart_annotations: list[ViewOptionsTableChartAnnotationsItem] | None = Field(
        default=None, validation_alias="chartAnnotations", serialization_alias="chartAnnotations"
    )

    time_range_filter: str | ViewOptionsTableTimeRangeFilterVariant2 | None = Field(
        default=None, validation_alias="timeRangeFilter", serialization_alias="timeRangeFilter"
    )

    query_shape: Annotated[Literal["traces", "spans", "topics"], OpenEnum] | None = Field(
        default=None, validation_alias="queryShape", serialization_alias="queryShape"
    )

    cluster: str | None = None

    freeze_columns: bool | None = Field(
        default=None, validation_alias="freezeColumns", serialization_alias="freezeColumns"
    )


class ViewOptionsTableChartAnnotationsItem(BaseModel):
    id: str

    text: str


class ViewOptionsTableExcludedMeasuresItem(BaseModel):
    type_: Annotated[Literal["none", "score", "metric", "metadata"], OpenEnum] = Field(
        validation_alias="type", serialization_alias="type"
    )

    value: str


class ViewOptionsTableSymbolGrouping(BaseModel):
    type_: Annotated[Literal["none", "score", "metric", "metadata"], OpenEnum] = Field(
        validation_alias="type", serialization_alias="type"
    )

    value: str


class ViewOptionsTableTimeRangeFilterVariant2(BaseModel):
    from_: str = Field(validation_alias="from", serialization_alias="from")

    to: str


class ViewOptionsTableXAxis(BaseModel):
    type_: Annotated[Literal["none", "score", "metric", "metadata"], OpenEnum] = Field(
        validation_alias="type", serialization_alias="type"
    )

    value: str


class ViewOptionsTableYMetric(BaseModel):
    type_: Annotated[Literal["none", "score", "metric", "metadata"], OpenEnum] = Field(
        validation_alias="type", serialization_alias="type"
    )

    value: str


ViewOptions: TypeAlias = ViewOptionsMonitor | ViewOptionsTable | None
"""Options for the view in the app"""
