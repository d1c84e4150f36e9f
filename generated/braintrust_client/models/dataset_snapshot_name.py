"""Models: DatasetSnapshotName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "DatasetSnapshotName",
]


DatasetSnapshotName: TypeAlias = str
"""Name of the dataset_snapshot to search for"""
