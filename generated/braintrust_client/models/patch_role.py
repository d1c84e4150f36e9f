"""Models: PatchRole, PatchRoleAddMemberPermissionsItem, PatchRoleRemoveMemberPermissionsItem."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, OpenConstraints
from .acl_object_type import AclObjectType
from .permission import Permission

__all__ = [
    "PatchRole",
    "PatchRoleAddMemberPermissionsItem",
    "PatchRoleRemoveMemberPermissionsItem",
]


class PatchRole(BaseModel):
    description: str | None = None
    """Textual description of the role"""

    name: Annotated[str, Field(min_length=1), OpenConstraints] | None = None
    """Name of the role"""

    add_member_permissions: list[PatchRoleAddMemberPermissionsItem] | None = None
    """A list of permissions to add to the role"""

    remove_member_permissions: list[PatchRoleRemoveMemberPermissionsItem] | None = None
    """A list of permissions to remove from the role"""

    add_member_roles: list[str] | None = None
    """A list of role IDs to add to the role's inheriting-from set"""

    remove_member_roles: list[str] | None = None
    """A list of role IDs to remove from the role's inheriting-from set"""


class PatchRoleAddMemberPermissionsItem(BaseModel):
    permission: Permission

    restrict_object_type: AclObjectType | None = None


class PatchRoleRemoveMemberPermissionsItem(BaseModel):
    permission: Permission

    restrict_object_type: AclObjectType | None = None
