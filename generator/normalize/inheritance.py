"""Polymorphism by inheritance: a schema that names a discriminator without ``oneOf`` or ``anyOf``, which
other schemas extend (``Cat: {allOf: [{$ref: Pet}, ...]}``), OpenAPI's other way to write a tagged union.

A reference to such a base stands for any of its subtypes: the schemas its discriminator's mapping names
and those that extend it directly, tagged by their names where the mapping does not tag them (OpenAPI's
implicit mapping); then the base itself, which also takes every tag it does not know (an object of a
subtype the spec does not list is still a valid base). This module finds the families; the schema
normalizer types the union.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import quote

from ..resolve import Located, Location, ResolvedSpec

__all__ = ["Family", "Inheritance"]


@dataclass(frozen=True)
class Family:
    base: Location
    discriminator: Located
    extenders: tuple[Location, ...]
    """The schemas of the spec's ``components.schemas`` whose ``allOf`` refers to the base, in order."""


class Inheritance:
    def __init__(self, spec: ResolvedSpec) -> None:
        self.spec = spec
        self._extenders: dict[Location, list[Location]] | None = None

    def family(self, base: Location) -> Family | None:
        """The family whose base is at ``base``, or None where the schema there is no such base."""
        node = self.spec.get(base)
        if not isinstance(node, dict) or "oneOf" in node or "anyOf" in node:
            return None
        discriminator = node.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(discriminator.get("propertyName"), str):
            return None
        extenders = tuple(self._all_extenders().get(base, ()))
        return Family(base, Located(discriminator, base.child("discriminator")), extenders)

    def _all_extenders(self) -> dict[Location, list[Location]]:
        """Each schema that a component schema's ``allOf`` refers to, with those component schemas."""
        if self._extenders is None:
            self._extenders = {}
            components = self.spec.root.data.get("components")
            schemas = components.get("schemas") if isinstance(components, dict) else None
            for name, schema in schemas.items() if isinstance(schemas, dict) else ():
                members = schema.get("allOf") if isinstance(schema, dict) else None
                here = self.spec.root_location.child("components", "schemas", name)
                for index, member in enumerate(members if isinstance(members, list) else ()):
                    target = self.spec.target_of(Located(member, here.child("allOf", index)))
                    if target is not None and here not in self._extenders.get(target, ()):
                        self._extenders.setdefault(target, []).append(here)
        return self._extenders

    @staticmethod
    def reference(to: Location, at: Location) -> Located:
        """A ``$ref`` to ``to`` standing at ``at`` (so that errors about it point there)."""
        ref = to.pointer
        if to.file != at.file:
            ref = quote(os.path.relpath(to.file, os.path.dirname(at.file)).replace(os.sep, "/")) + to.pointer
        return Located({"$ref": ref}, at)
