"""Models: PromptName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "PromptName",
]


PromptName: TypeAlias = str
"""Name of the prompt to search for"""
