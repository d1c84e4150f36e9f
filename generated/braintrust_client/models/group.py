"""Models: Group."""

from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = [
    "Group",
]


class Group(BaseModel):
    """A group is a collection of users which can be assigned an ACL

    Groups can consist of individual users, as well as a set of groups they inherit from
    """

    id: str
    """Unique identifier for the group"""

    org_id: str
    """Unique id for the organization that the group belongs under

    It is forbidden to change the org after creating a group
    """

    user_id: str | None = None
    """Identifies the user who created the group"""

    created: datetime.datetime | None = None
    """Date of group creation"""

    name: str
    """Name of the group"""

    description: str | None = None
    """Textual description of the group"""

    deleted_at: datetime.datetime | None = None
    """Date of group deletion, or null if the group is still active"""

    member_users: list[str] | None = None
    """Ids of users which belong to this group"""

    member_groups: list[str] | None = None
    """Ids of the groups this group inherits from

    An inheriting group has all the users contained in its member groups, as well as all of their inherited users
    """
