"""Models: CrossObjectInsertRequest, CrossObjectInsertRequestDatasetValue, CrossObjectInsertRequestExperimentValue, CrossObjectInsertRequestProjectLogsValue."""

from __future__ import annotations

from .._models import BaseModel
from .feedback_dataset_item import FeedbackDatasetItem
from .feedback_experiment_item import FeedbackExperimentItem
from .feedback_project_logs_item import FeedbackProjectLogsItem
from .insert_dataset_event import InsertDatasetEvent
from .insert_experiment_event import InsertExperimentEvent
from .insert_project_logs_event import InsertProjectLogsEvent

__all__ = [
    "CrossObjectInsertRequest",
    "CrossObjectInsertRequestDatasetValue",
    "CrossObjectInsertRequestExperimentValue",
    "CrossObjectInsertRequestProjectLogsValue",
]


class CrossObjectInsertRequest(BaseModel):
    experiment: dict[str, CrossObjectInsertRequestExperimentValue] | None = None
    """A mapping from experiment id to a set of log events and feedback items to insert"""

    dataset: dict[str, CrossObjectInsertRequestDatasetValue] | None = None
    """A mapping from dataset id to a set of log events and feedback items to insert"""

    project_logs: dict[str, CrossObjectInsertRequestProjectLogsValue] | None = None
    """A mapping from project id to a set of log events and feedback items to insert"""


class CrossObjectInsertRequestDatasetValue(BaseModel):
    events: list[InsertDatasetEvent] | None = None
    """A list of dataset events to insert"""

    feedback: list[FeedbackDatasetItem] | None = None
    """A list of dataset feedback items"""


class CrossObjectInsertRequestExperimentValue(BaseModel):
    events: list[InsertExperimentEvent] | None = None
    """A list of experiment events to insert"""

    feedback: list[FeedbackExperimentItem] | None = None
    """A list of experiment feedback items"""


class CrossObjectInsertRequestProjectLogsValue(BaseModel):
    events: list[InsertProjectLogsEvent] | None = None
    """A list of project logs events to insert"""

    feedback: list[FeedbackProjectLogsItem] | None = None
    """A list of project logs feedback items"""
