"""Models: ExperimentName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ExperimentName",
]


ExperimentName: TypeAlias = str
"""Name of the experiment to search for"""
