"""Models: PromptIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "PromptIdParam",
]


PromptIdParam: TypeAlias = str
"""Prompt id"""
