"""Discriminators: the property whose value tells a union's variants apart, as the spec gives it
(``discriminator``, with its ``mapping``) or as the variants imply it (a property each requires and pins to
a value of its own). Each problem is reported once, though a union is typed again wherever it is reached."""

from __future__ import annotations

from typing import Any

from ..diagnostics import last_token
from ..ir import Discriminator, SpecText
from ..resolve import Located, Location, ResolvedSpec
from .scalars import Report
from .shapes import Shape, ShapeReader, constant_of


class Discriminators:
    def __init__(self, spec: ResolvedSpec, reader: ShapeReader, warn: Report, error: Report) -> None:
        self.spec = spec
        self.reader = reader
        self._warn = warn
        self._error = error
        self._reported: set[Location] = set()
        """Discriminator parts already reported."""

    def warn_unapplied(self, located: Located) -> None:
        """A ``discriminator`` stands at ``located``, beside no ``oneOf`` or ``anyOf``."""
        if located.loc not in self._reported:
            self._reported.add(located.loc)
            self._warn(
                located.child("discriminator"),
                "a discriminator beside no oneOf or anyOf is not applied: a reference to this schema reads this "
                "schema, not the schemas that extend it with allOf (their own fields are kept as extras)",
                "schema.discriminator-unused",
            )

    def mapping(self, discriminator: Located) -> dict[str, Location]:
        """Where each value of the discriminator's ``mapping`` points. A value is the name of a schema in
        ``components.schemas`` or a reference to a schema (OpenAPI 3.1.1, 4.8.25); one that is neither
        is an error, reported once: ignoring it would tag its variant with another value, and a response
        carrying the spec's value would be read as an unknown variant."""
        mapping = discriminator.node.get("mapping")
        if not isinstance(mapping, dict):
            return {}
        components = self.spec.root.data.get("components")
        schemas = components.get("schemas") if isinstance(components, dict) else None
        root_schemas = self.spec.root_location.child("components", "schemas")
        targets: dict[str, Location] = {}
        for value, name_or_ref in mapping.items():
            entry = discriminator.child("mapping", value)
            if not isinstance(name_or_ref, str):
                self._report_mapping(entry, f"the mapping of {value!r} must be a schema name or a reference")
                continue
            target: Location | None
            if isinstance(schemas, dict) and name_or_ref in schemas:
                target = root_schemas.child(name_or_ref)
            else:
                target = self.spec.target_of(Located({"$ref": name_or_ref}, discriminator.loc))
            if target is None or not self.spec.holds(target):
                self._report_mapping(
                    entry,
                    f"the mapping of {value!r} names {name_or_ref!r}, which is neither a schema of "
                    "components.schemas nor a reference to a schema",
                )
                continue
            targets[value] = target
        return targets

    def _warn_undeclared_tag(
        self, discriminator: Located, name: str, shapes: list[Shape], sources: list[Located] | None
    ) -> None:
        """The tag property must be one of each variant's own: a variant without it is built and sent
        without its tag, which the server then cannot tell apart."""
        lacking = [index for index, shape in enumerate(shapes) if name not in shape.properties]
        if lacking and discriminator.loc not in self._reported:
            self._reported.add(discriminator.loc)
            where = ", ".join(sources[i].loc.pointer for i in lacking) if sources else f"{len(lacking)} variant(s)"
            self._warn(
                discriminator.child("propertyName"),
                f"the discriminator's property {name!r} is not a property of every variant ({where}); "
                "a model of such a variant is sent without it",
                "schema.discriminator-property",
            )

    def _report_mapping(self, entry: Located, message: str) -> None:
        if entry.loc not in self._reported:
            self._reported.add(entry.loc)
            self._error(entry, message, "schema.discriminator-mapping")

    def find(
        self,
        shapes: list[Shape],
        sources: list[Located] | None,
        explicit: Located | None,
        mapping: dict[str, Location],
    ) -> Discriminator | None:
        """The tag of a union of models whose shapes are ``shapes``: the spec's own (``explicit``, with its
        ``mapping``), or a property every variant requires and pins to a value of its own; None where no
        property tells the variants apart. ``sources`` are the variants' nodes, where they stand alone
        (not merged with the rest of an allOf)."""
        if explicit is not None and isinstance(explicit.node.get("propertyName"), str):
            candidates = [explicit.node["propertyName"]]
            self._warn_undeclared_tag(explicit, candidates[0], shapes, sources)
        else:
            common = set.intersection(*(set(s.required) & set(s.properties) for s in shapes))
            candidates = sorted(common, key=lambda name: (name != "type", name))
        for name in candidates:
            values = []
            listed_aliases: list[tuple[SpecText, SpecText]] = []
            for index, shape in enumerate(shapes):
                nodes = shape.properties.get(name)
                value = _pinned_value(self.reader, nodes) if nodes else ...
                if value is ... and explicit is not None and sources is not None:
                    value = _mapped_value(mapping, sources[index], self.spec)
                    listed = _listed_values(self.reader, nodes or [])
                    if isinstance(value, str) and value not in mapping and listed and value not in listed:
                        self._warn_name_not_listed(explicit, sources[index], value, name, listed)
                        value = listed[0]
                        listed_aliases += [(SpecText(other), SpecText(value)) for other in listed[1:]]
                values.append(value)
            if all(isinstance(v, str) for v in values) and len(set(values)) == len(values):
                aliases = self._aliases(mapping, sources, values) if explicit is not None else ()
                # a listed value that tags another variant too stays that variant's
                aliases += tuple(sorted(alias for alias in listed_aliases if alias[0] not in values))
                mapped = tuple((SpecText(v), i) for i, v in enumerate(values))
                return Discriminator(SpecText(name), mapped, aliases)
        return None

    def _warn_name_not_listed(
        self, discriminator: Located, variant: Located, implied: str, name: str, listed: tuple[str, ...]
    ) -> None:
        """A variant that the discriminator's mapping leaves out is tagged by its schema's name, unless its
        property lists other values: those tag it (a server can send no other), with a warning."""
        if variant.loc not in self._reported:
            self._reported.add(variant.loc)
            self._warn(
                variant,
                f"no mapping gives this variant a value, and its schema's name, {implied!r}, is not a value its"
                f" {name!r} takes ({', '.join(map(repr, listed))}): those tag it",
                "schema.discriminator-mapping",
            )

    def _aliases(
        self, mapping: dict[str, Location], sources: list[Located] | None, values: list[Any]
    ) -> tuple[tuple[str, str], ...]:
        """The mapping's further values for a variant that already has one (``kitten`` beside ``cat``)."""
        if sources is None:
            return ()
        targets = [self.spec.target_of(source) or source.loc for source in sources]  # an inline one: its place
        aliases = []
        for value, target in sorted(mapping.items()):
            index = next((i for i, known in enumerate(targets) if known is not None and known == target), None)
            if index is not None and value != values[index]:
                aliases.append((SpecText(value), SpecText(values[index])))
        return tuple(aliases)


def _pinned_value(reader: ShapeReader, nodes: list[Located]) -> Any:
    """The one value a property is pinned to by any of the nodes that constrain it, or ``...``."""
    for node in nodes:
        value = constant_of(reader.read(node))
        if value is not ...:
            return value
    return ...


def _listed_values(reader: ShapeReader, nodes: list[Located]) -> tuple[str, ...] | None:
    """The strings an enum of any of the nodes that constrain a property lists (null left out), or None."""
    for node in nodes:
        enum = reader.read(node).enum
        if enum and all(isinstance(value, str) for value in enum if value is not None):
            return tuple(value for value in enum if value is not None)
    return None


def _mapped_value(mapping: dict[str, Location], source: Located, spec: ResolvedSpec) -> Any:
    """The value that tags the variant at ``source``: the discriminator's mapping for its target, else
    the name of the schema it refers to (OpenAPI's implicit mapping)."""
    target = spec.target_of(source)
    if target is None:  # an inline variant: no name implies its value, but the mapping may point at it
        return next((value for value, mapped in mapping.items() if mapped == source.loc), ...)
    for value, mapped in mapping.items():
        if mapped == target:
            return value
    name = last_token(target.pointer)
    return ... if name is None else name
