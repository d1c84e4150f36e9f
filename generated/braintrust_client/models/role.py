"""Models: Role, RoleMemberPermissionsItem."""

from __future__ import annotations

import datetime

from .._models import BaseModel
from .acl_object_type import AclObjectType
from .permission import Permission

__all__ = [
    "Role",
    "RoleMemberPermissionsItem",
]


class Role(BaseModel):
    """A role is a collection of permissions which can be granted as part of an ACL

    Roles can consist of individual permissions, as well as a set of roles they inherit from
    """

    id: str
    """Unique identifier for the role"""

    org_id: str | None = None
    """Unique id for the organization that the role belongs under

    A null org_id indicates a system role, which may be assigned to anybody and inherited by any other role, but cannot be edited.

    It is forbidden to change the org after creating a role
    """

    user_id: str | None = None
    """Identifies the user who created the role"""

    created: datetime.datetime | None = None
    """Date of role creation"""

    name: str
    """Name of the role"""

    description: str | None = None
    """Textual description of the role"""

    deleted_at: datetime.datetime | None = None
    """Date of role deletion, or null if the role is still active"""

    member_permissions: list[RoleMemberPermissionsItem] | None = None
    """(permission, restrict_object_type) tuples which belong to this role"""

    member_roles: list[str] | None = None
    """Ids of the roles this role inherits from

    An inheriting role has all the permissions contained in its member roles, as well as all of their inherited permissions
    """


class RoleMemberPermissionsItem(BaseModel):
    permission: Permission

    restrict_object_type: AclObjectType | None = None
