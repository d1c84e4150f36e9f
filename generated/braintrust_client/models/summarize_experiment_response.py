"""Models: SummarizeExperimentResponse."""

from __future__ import annotations

from .._models import BaseModel
from .metric_summary import MetricSummary
from .score_summary import ScoreSummary

__all__ = [
    "SummarizeExperimentResponse",
]


class SummarizeExperimentResponse(BaseModel):
    """Summary of an experiment"""

    project_name: str
    """Name of the project that the experiment belongs to"""

    experiment_name: str
    """Name of the experiment"""

    project_url: str
    """URL to the project's page in the Braintrust app"""

    experiment_url: str
    """URL to the experiment's page in the Braintrust app"""

    comparison_experiment_name: str | None = None
    """The experiment which scores are baselined against"""

    scores: dict[str, ScoreSummary] | None = None
    """Summary of the experiment's scores"""

    metrics: dict[str, MetricSummary] | None = None
    """Summary of the experiment's metrics"""
