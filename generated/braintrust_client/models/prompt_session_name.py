"""Models: PromptSessionName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "PromptSessionName",
]


PromptSessionName: TypeAlias = str
"""Name of the prompt_session to search for"""
