"""Models: SpanIframeIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "SpanIframeIdParam",
]


SpanIframeIdParam: TypeAlias = str
"""SpanIframe id"""
