"""Models: CreateGroup."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, OpenConstraints

__all__ = [
    "CreateGroup",
]


class CreateGroup(BaseModel):
    name: Annotated[str, Field(min_length=1), OpenConstraints]
    """Name of the group"""

    description: str | None = None
    """Textual description of the group"""

    member_users: list[str] | None = None
    """Ids of users which belong to this group"""

    member_groups: list[str] | None = None
    """Ids of the groups this group inherits from

    An inheriting group has all the users contained in its member groups, as well as all of their inherited users
    """

    org_name: str | None = None
    """For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the group belongs in."""
