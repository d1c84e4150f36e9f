"""Normalize stage: the resolved document into the IR, every rule applied once (DESIGN §2, §3).

``shapes`` reads schema keywords under either version; ``schemas`` turns them into types and
declarations; ``operations`` builds resources and methods; ``servers`` and ``security`` read the
document's base URLs and credentials; ``names`` names everything in one pass; ``modules`` places
declarations in modules. This module runs them in that order (``document`` checks the structural
objects meanwhile, in a child process where it can).
"""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..config import Config
from ..diagnostics import Diagnostics, escape_pointer_token
from ..ir import Api, Declaration, ModelDecl, PackageInfo, SpecText
from ..reserved_names import IMPORTED_NAMES, sync_and_async_classes
from ..resolve import Located, ResolvedSpec
from .document import StructureCheck
from .modules import break_alias_cycles, group_modules
from .names import name_symbols
from .operations import OperationNormalizer, excluded_by
from .schemas import MAX_DEPTH, SchemaNormalizer, relative_name
from .security import auth_scheme, declared_schemes, warn_other_schemes
from .servers import api_servers
from .unused_config import NamesInSpec, report_unused_entries
from .values import text

__all__ = ["Normalization", "normalize", "normalizing"]


_FRAMES_PER_LEVEL = 24
"""Python frames one level of schema nesting may take (objects in unions in allOf, measured: about 14)."""
_SPARE_FRAMES = 200
"""Frames for what runs beside the nesting itself (Python's own calls, a diagnostic's formatting)."""


@contextlib.contextmanager
def _stack_for_nesting() -> Iterator[None]:
    """Room on the stack for schemas nested MAX_DEPTH levels deep, wherever the caller already is.

    Normalizing a schema recurses into its parts; the depth is bounded by MAX_DEPTH (an error beyond),
    and this makes sure Python's recursion limit is above what that bound can take.
    """
    frame, depth = sys._getframe(), 0
    while frame is not None:
        depth += 1
        frame = frame.f_back  # type: ignore[assignment]
    needed = depth + MAX_DEPTH * _FRAMES_PER_LEVEL + _SPARE_FRAMES
    previous = sys.getrecursionlimit()
    if needed <= previous:
        yield
        return
    sys.setrecursionlimit(needed)
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)


def normalize(spec: ResolvedSpec, config: Config, diagnostics: Diagnostics, generator_version: str) -> Api:
    """Builds the IR; problems are reported to ``diagnostics`` (the caller decides whether to stop)."""
    with normalizing(spec, config, diagnostics, generator_version) as normalization:
        return normalization.confirmed()


@contextlib.contextmanager
def normalizing(
    spec: ResolvedSpec, config: Config, diagnostics: Diagnostics, generator_version: str
) -> Iterator[Normalization]:
    """The spec normalized, as a draft that may still take structural objects as valid (see
    ``StructureCheck``); leaving the block stops a child still validating and keeps the verdicts."""
    # first: a child validates while normalizing runs here (only the operations the configuration keeps)
    structure = StructureCheck(spec, diagnostics, lambda method, operation: not excluded_by(config, method, operation))
    try:
        yield Normalization(spec, config, diagnostics, generator_version, structure)
    finally:
        structure.finish()


class Normalization:
    """One spec normalized: ``draft`` at once, and ``confirmed()`` once the structure check is settled.

    The draft may rest on structural objects taken as valid until a child's verdicts come: a caller can
    use it meanwhile (render it), then ask for the confirmed IR, which is the draft itself unless one of
    those objects is invalid. In that case the spec is normalized again with every verdict known, and the
    invalid object is skipped and reported exactly as if it had been validated on the spot.
    """

    def __init__(
        self,
        spec: ResolvedSpec,
        config: Config,
        diagnostics: Diagnostics,
        generator_version: str,
        structure: StructureCheck,
    ) -> None:
        self._again = functools.partial(_normalize_checked, spec, config, diagnostics, generator_version, structure)
        self._diagnostics = diagnostics
        self._structure = structure
        self._mark = diagnostics.checkpoint()
        self._failure: Exception | None = None
        self._confirmed: Api | None = None
        self.draft: Api | None = None
        """None where normalizing failed (``confirmed`` raises the failure, or gives the IR of a second pass)."""
        try:
            with _stack_for_nesting():
                self.draft = self._again()
        except Exception as exc:  # perhaps caused by an invalid object taken as valid: confirmed() decides
            self._failure = exc

    def confirmed(self) -> Api:
        """The IR to keep: the draft, or the IR of a second pass where an object taken as valid is not.

        Waits for the structure check's verdicts if need be. Raises what the draft's normalizing raised
        when no invalid object can have caused it.
        """
        if self._confirmed is None:
            if self._structure.settle():
                if self._failure is not None:
                    raise self._failure
                assert self.draft is not None
                self._confirmed = self.draft
            else:
                self._diagnostics.roll_back(self._mark)
                with _stack_for_nesting():
                    self._confirmed = self._again()
        return self._confirmed


def _refuse_fields_named_like_classes(declarations: Iterable[Declaration], diagnostics: Diagnostics) -> None:
    """A field named like a class (``field-names`` giving ``Thing``, or ``model-names`` giving a class the
    name of a field) would stand for that class in the annotations of its class body, which pydantic reads
    there: every model and alias name is imported into the models modules."""
    class_names = {declaration.symbol.name for declaration in declarations}
    for declaration in declarations:
        if not isinstance(declaration, ModelDecl):
            continue
        for item in declaration.fields:
            if item.py_name in class_names:
                diagnostics.error(
                    declaration.origin.file,
                    declaration.origin.pointer,
                    f"the field {item.py_name!r} (property {str(item.wire_name)!r}) has the name of a model class, "
                    "which it would hide in the class body: rename one of them (field-names, model-names)",
                    "config.names",
                )


CONFIGURED_FILE = "<configuration>/"
"""How the keys of files the configuration brings in begin (no name relative to the spec's folder does)."""


def _configured_files(config: Config) -> dict[str, str]:
    """The names in keys of the files the configuration brings in: streaming event schemas, relative to
    the configuration's folder (see SchemaNormalizer.key)."""
    folder = Path(config.source).resolve().parent
    names = {}
    for rule in config.streaming.values():
        file = (rule.event_schema or "#").partition("#")[0]
        if file:
            names[file] = CONFIGURED_FILE + relative_name(Path(file), folder)
    return names


def _normalize_checked(
    spec: ResolvedSpec, config: Config, diagnostics: Diagnostics, generator_version: str, structure: StructureCheck
) -> Api:
    root: dict[str, Any] = spec.root.data
    schemas = SchemaNormalizer(
        spec, diagnostics, config.field_names, config.model_names, configured_files=_configured_files(config)
    )
    components = root.get("components") or {}
    component_schemas = components.get("schemas") if isinstance(components, dict) else None
    base = Located(root, spec.root_location)
    if component_schemas is not None and not isinstance(component_schemas, dict):
        diagnostics.error(
            spec.root.display, "#/components/schemas", "`components.schemas` must be an object", "document.components"
        )
        component_schemas = None
    targets = []
    for name in component_schemas or {}:
        target = base.child("components", "schemas", name).loc
        schemas.symbol_for_target(target, override=config.model_names.get(name))
        targets.append(target)
    for target in targets:
        schemas.ref_type(target)
    operations = OperationNormalizer(spec, schemas, config, diagnostics, structure)
    resources = operations.run()
    # a resource module imports the models its methods use beside its own classes: no model takes their names
    resource_classes = {name for resource in resources for name in sync_and_async_classes(resource.class_name)}
    for schema, name in sorted(config.model_names.items()):
        if name in resource_classes and isinstance(component_schemas, dict) and schema in component_schemas:
            diagnostics.error(
                spec.root.display,
                f"#/components/schemas/{escape_pointer_token(schema)}",
                f"model-names gives {schema} the name {name!r}, which a resource class of the client takes",
                "config.model-names",
            )
    named_components = {
        name for name in config.model_names if isinstance(component_schemas, dict) and name in component_schemas
    }
    found = NamesInSpec(
        tags=frozenset(operations.tags_seen),
        operation_ids=frozenset(operations.operation_ids_seen),
        schemas_named=frozenset(named_components | schemas.model_overrides_used),
        properties_named=frozenset(schemas.field_overrides_used),
        pagination_rules=frozenset(operations.pagination_rules_used),
    )
    report_unused_entries(config, found, diagnostics)
    name_symbols(schemas.declared_symbols(), IMPORTED_NAMES | resource_classes)
    declarations = break_alias_cycles(dict(sorted(schemas.declarations.items())), diagnostics)
    _refuse_fields_named_like_classes(declarations.values(), diagnostics)
    raw_info = root.get("info")
    info: dict[str, Any] = raw_info if isinstance(raw_info, dict) else {}
    structure.conforms("Info", base.child("info") if "info" in root else Located({}, base.loc.child("info")))
    servers = api_servers(base, spec, diagnostics, structure, config.resolved_env_prefix)
    security_schemes = declared_schemes(base, spec, structure)
    auth = auth_scheme([root.get("security"), *(own for _, own in operations.security_lists)], security_schemes)
    warn_other_schemes(auth, operations.security_lists, spec, diagnostics)
    return Api(
        title=SpecText(info.get("title") or "API"),
        api_version=SpecText(str(info.get("version") or "")),
        description=text(info.get("description")),
        servers=servers,
        security_schemes=security_schemes,
        auth=auth,
        declarations=tuple(sorted(declarations.values(), key=lambda d: d.symbol.name)),
        model_modules=group_modules(declarations),
        resources=resources,
        package=PackageInfo(
            package_name=config.package_name,
            distribution_name=config.resolved_distribution_name,
            version=config.package_version,
            client_name=config.client_name,
            async_client_name=f"Async{config.client_name}",
            env_prefix=config.resolved_env_prefix,
            generator_version=generator_version,
            idempotency_header=config.idempotency_header,
        ),
        excluded_operations=operations.excluded,
        source_files=tuple(sorted(d.display for d in spec.documents.values())),
    )
