"""Models: CreateRole, CreateRoleMemberPermissionsItem."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, OpenConstraints
from .acl_object_type import AclObjectType
from .permission import Permission

__all__ = [
    "CreateRole",
    "CreateRoleMemberPermissionsItem",
]


class CreateRole(BaseModel):
    name: Annotated[str, Field(min_length=1), OpenConstraints]
    """Name of the role"""

    description: str | None = None
    """Textual description of the role"""

    member_permissions: list[CreateRoleMemberPermissionsItem] | None = None
    """(permission, restrict_object_type) tuples which belong to this role"""

    member_roles: list[str] | None = None
    """Ids of the roles this role inherits from

    An inheriting role has all the permissions contained in its member roles, as well as all of their inherited permissions
    """

    org_name: str | None = None
    """For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the role belongs in."""


class CreateRoleMemberPermissionsItem(BaseModel):
    permission: Permission

    restrict_object_type: AclObjectType | None = None
