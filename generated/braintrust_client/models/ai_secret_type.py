"""Models: AISecretType."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "AISecretType",
]


AISecretType: TypeAlias = str | list[str]
