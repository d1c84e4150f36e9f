"""Models: AclListUserId."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "AclListUserId",
]


AclListUserId: TypeAlias = str
"""Id of the user the ACL applies to. Exactly one of `user_id` and `group_id` will be provided"""
