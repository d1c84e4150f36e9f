"""Models: SummarizeDatasetResponse."""

from __future__ import annotations

from .._models import BaseModel
from .data_summary import DataSummary

__all__ = [
    "SummarizeDatasetResponse",
]


class SummarizeDatasetResponse(BaseModel):
    """Summary of a dataset"""

    project_name: str
    """Name of the project that the dataset belongs to"""

    dataset_name: str
    """Name of the dataset"""

    project_url: str
    """URL to the project's page in the Braintrust app"""

    dataset_url: str
    """URL to the dataset's page in the Braintrust app"""

    data_summary: DataSummary | None = None
