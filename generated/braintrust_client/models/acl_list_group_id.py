"""Models: AclListGroupId."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "AclListGroupId",
]


AclListGroupId: TypeAlias = str
"""Id of the group the ACL applies to. Exactly one of `user_id` and `group_id` will be provided"""
