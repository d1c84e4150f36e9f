"""Models: SpanIframeName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "SpanIframeName",
]


SpanIframeName: TypeAlias = str
"""Name of the span_iframe to search for"""
