"""Models: DatasetSnapshotIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "DatasetSnapshotIdParam",
]


DatasetSnapshotIdParam: TypeAlias = str
"""DatasetSnapshot id"""
