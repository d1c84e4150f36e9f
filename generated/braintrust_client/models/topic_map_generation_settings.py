"""Models: TopicMapGenerationSettings."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel, NotNull, OpenConstraints, OpenEnum

__all__ = [
    "TopicMapGenerationSettings",
]


class TopicMapGenerationSettings(BaseModel):
    """Clustering and naming settings used to generate this topic map"""

    algorithm: Annotated[Literal["hdbscan", "kmeans"], OpenEnum]

    dimension_reduction: Annotated[Literal["umap", "pca", "none"], OpenEnum]

    sample_size: Annotated[Annotated[int, Field(gt=0), OpenConstraints] | None, NotNull] = None

    n_clusters: Annotated[Annotated[int, Field(gt=0), OpenConstraints] | None, NotNull] = None

    min_cluster_size: Annotated[Annotated[int, Field(gt=0), OpenConstraints] | None, NotNull] = None

    min_samples: Annotated[Annotated[int, Field(gt=0), OpenConstraints] | None, NotNull] = None

    hierarchy_threshold: Annotated[Annotated[int, Field(gt=0), OpenConstraints] | None, NotNull] = None

    naming_model: Annotated[str | None, NotNull] = None
