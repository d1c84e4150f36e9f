"""Models: ProjectAutomationIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ProjectAutomationIdParam",
]


ProjectAutomationIdParam: TypeAlias = str
"""ProjectAutomation id"""
