"""Models: Permission."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "Permission",
]


Permission: TypeAlias = Annotated[
    Literal["create", "read", "update", "delete", "create_acls", "read_acls", "update_acls", "delete_acls"], OpenEnum
]
"""Each permission permits a certain type of operation on an object in the system

Permissions can be assigned to to objects on an individual basis, or grouped into roles
"""
