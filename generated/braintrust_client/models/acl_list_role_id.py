"""Models: AclListRoleId."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "AclListRoleId",
]


AclListRoleId: TypeAlias = str
"""Id of the role the ACL grants. Exactly one of `permission` and `role_id` will be provided"""
