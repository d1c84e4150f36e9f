"""Models: AclObjectId."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "AclObjectId",
]


AclObjectId: TypeAlias = str
"""The id of the object the ACL applies to"""
