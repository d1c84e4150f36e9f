"""Models: AclListOrgObjectId."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "AclListOrgObjectId",
]


AclListOrgObjectId: TypeAlias = str
"""The id of the object the ACL applies to"""
