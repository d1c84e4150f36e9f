"""Models: ExperimentIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ExperimentIdParam",
]


ExperimentIdParam: TypeAlias = str
"""Experiment id"""
