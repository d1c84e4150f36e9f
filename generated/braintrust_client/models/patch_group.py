"""Models: PatchGroup."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, OpenConstraints

__all__ = [
    "PatchGroup",
]


class PatchGroup(BaseModel):
    description: str | None = None
    """Textual description of the group"""

    name: Annotated[str, Field(min_length=1), OpenConstraints] | None = None
    """Name of the group"""

    add_member_users: list[str] | None = None
    """A list of user IDs to add to the group"""

    remove_member_users: list[str] | None = None
    """A list of user IDs to remove from the group"""

    add_member_groups: list[str] | None = None
    """A list of group IDs to add to the group's inheriting-from set"""

    remove_member_groups: list[str] | None = None
    """A list of group IDs to remove from the group's inheriting-from set"""
