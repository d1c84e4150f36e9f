"""Models: ProjectAutomationName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ProjectAutomationName",
]


ProjectAutomationName: TypeAlias = str
"""Name of the project_automation to search for"""
