"""Models: PromptVersion."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "PromptVersion",
]


PromptVersion: TypeAlias = str
"""Retrieve prompt at a specific version.

The version id can either be a transaction id (e.g. '1000192656880881099') or a version identifier (e.g. '81cd05ee665fdfb3').
"""
