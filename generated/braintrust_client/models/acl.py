"""Models: Acl."""

from __future__ import annotations

import datetime

from pydantic import Field

from .._models import BaseModel
from .acl_object_type import AclObjectType
from .permission import Permission

__all__ = [
    "Acl",
]


class Acl(BaseModel):
    """An ACL grants a certain permission or role to a certain user or group on an object.

    ACLs are inherited across the object hierarchy. So for example, if a user has read permissions on a project, they will also have read permissions on any experiment, dataset, etc. created within that project.

    To restrict a grant to a particular sub-object, you may specify `restrict_object_type` in the ACL, as part of a direct permission grant or as part of a role.
    """

    id: str
    """Unique identifier for the acl"""

    object_type: AclObjectType

    object_id: str
    """The id of the object the ACL applies to"""

    user_id: str | None = None
    """Id of the user the ACL applies to. Exactly one of `user_id` and `group_id` will be provided"""

    group_id: str | None = None
    """Id of the group the ACL applies to. Exactly one of `user_id` and `group_id` will be provided"""

    permission: Permission | None = None
    """Permission the ACL grants. Exactly one of `permission` and `role_id` will be provided"""

    restrict_object_type: AclObjectType | None = None
    """When setting a permission directly, optionally restricts the permission grant to just the specified object type. Cannot be set alongside a `role_id`."""

    role_id: str | None = None
    """Id of the role the ACL grants. Exactly one of `permission` and `role_id` will be provided"""

    object_org_id: str = Field(validation_alias="_object_org_id", serialization_alias="_object_org_id")
    """The organization the ACL's referred object belongs to"""

    created: datetime.datetime | None = None
    """Date of acl creation"""
