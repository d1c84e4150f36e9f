"""Models: AclIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "AclIdParam",
]


AclIdParam: TypeAlias = str
"""Acl id"""
