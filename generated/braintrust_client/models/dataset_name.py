"""Models: DatasetName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "DatasetName",
]


DatasetName: TypeAlias = str
"""Name of the dataset to search for"""
