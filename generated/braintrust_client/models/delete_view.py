"""Models: DeleteView."""

from __future__ import annotations

from .._models import BaseModel
from .acl_object_type import AclObjectType

__all__ = [
    "DeleteView",
]


class DeleteView(BaseModel):
    object_type: AclObjectType

    object_id: str
    """The id of the object the view applies to"""
