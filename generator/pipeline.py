"""The pipeline of DESIGN §1, stage by stage: load, resolve, normalize, render (format and write follow).

Each stage reports problems to one :class:`Diagnostics`; the pipeline stops after a stage that found
errors (or warnings, with ``strict``), so later stages only ever see input they can trust.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .config import Config
from .diagnostics import Diagnostic, Diagnostics
from .files import RenderedFile
from .ir import Api
from .load import display_path, load_document
from .normalize import Normalization, normalize, normalizing
from .normalize.document import check_version
from .render import Renderer
from .resolve import ResolvedSpec, ResolveOptions, resolve


@dataclass(frozen=True)
class Build:
    """What one run of the pipeline produced, before formatting and writing."""

    api: Api
    files: list[RenderedFile]
    warnings: list[Diagnostic]


def load_and_resolve(spec_path: Path, config: Config, diagnostics: Diagnostics) -> ResolvedSpec:
    """Load and resolve; raises :class:`~generator.diagnostics.SpecError` on errors."""
    if not spec_path.exists():
        hint = ""
        if not config.table_found:  # the default spec path, most likely: say why it was the one tried
            where = f"[tool.oapigen] table in {config.source}" if Path(config.source).is_file() else config.source
            hint = f" (no {where}: pass --spec, or --config)"
        diagnostics.error(str(spec_path), "", f"spec file does not exist{hint}", "load.missing")
        diagnostics.raise_if_errors()
    document = load_document(spec_path, diagnostics)
    diagnostics.raise_if_errors()
    assert document is not None
    spec = resolve(document, diagnostics, ResolveOptions(allow_outside_root=config.allow_outside_refs))
    diagnostics.raise_if_errors()
    check_version(spec, diagnostics)
    diagnostics.raise_if_errors()
    return spec


def load_normalized(config: Config, diagnostics: Diagnostics) -> tuple[ResolvedSpec, Api]:
    """The resolved spec and its IR (``generate``, ``check`` and both sides of ``diff``); raises SpecError
    on errors, and on warnings with ``strict``."""
    with _cyclic_collector_paused():
        spec = load_and_resolve(config.spec, config, diagnostics)
        api = normalize(spec, config, diagnostics, __version__)
    diagnostics.raise_if_errors(strict=config.strict)
    return spec, api


def build_api(config: Config, diagnostics: Diagnostics) -> Api:
    return load_normalized(config, diagnostics)[1]


def build(config: Config) -> Build:
    """Load, resolve, normalize and render; raises SpecError when the spec cannot be generated.

    The draft IR is rendered while the structure check may still be settling (a child validating the
    structural objects finishes meanwhile); the files are kept only once the draft is confirmed.
    """
    diagnostics = Diagnostics()
    renderer = Renderer(config.templates)
    for name in renderer.unused_user_templates():
        assert config.templates is not None
        diagnostics.warning(
            display_path(config.templates / name),
            "",
            "this template replaces no built-in template, and none of yours includes it: it is never rendered"
            " (is its name misspelt? the names are those under oapigen's templates/)",
            "templates.unused",
        )
    with renderer.compiling_ahead(), _normalizing(config, diagnostics) as normalization:
        files = _render_draft(renderer, normalization, diagnostics, config.strict)
        api = normalization.confirmed()
    diagnostics.raise_if_errors(strict=config.strict)
    # A draft that was not rendered, or not confirmed, has left an error reported (raised just above).
    assert files is not None and api is normalization.draft
    return Build(api, files, sorted(diagnostics.warnings, key=Diagnostic.sort_key))


@contextlib.contextmanager
def _normalizing(config: Config, diagnostics: Diagnostics) -> Iterator[Normalization]:
    """Load, resolve and normalize (the collector paused); raises SpecError where loading fails."""
    with contextlib.ExitStack() as stack:
        with _cyclic_collector_paused():
            spec = load_and_resolve(config.spec, config, diagnostics)
            normalization = stack.enter_context(normalizing(spec, config, diagnostics, __version__))
        yield normalization


def _render_draft(
    renderer: Renderer, normalization: Normalization, diagnostics: Diagnostics, strict: bool
) -> list[RenderedFile] | None:
    """The draft's files; None where there is no draft, or what was reported already stops the run."""
    draft = normalization.draft
    if draft is None or diagnostics.stops(strict):
        return None
    try:
        return _render(renderer, draft)
    except Exception:
        if normalization.confirmed() is draft:
            raise  # the draft stands, so the failure is not caused by an object wrongly taken as valid
        return None


def _render(renderer: Renderer, api: Api) -> list[RenderedFile]:
    with _kept_out_of_collections():
        return renderer.render(api)


# Python's cyclic garbage collector walks every live object in its oldest generation. Loading and
# normalizing make millions of objects that live until the command ends (the document, the IR) and
# little cyclic garbage, so its walks there are wasted (0.35 s of a cold Stripe run); rendering makes
# much cyclic garbage (Jinja's contexts hold the texts they render: 650 MB on 5,000 operations if never
# collected) but few long-lived objects, so there it runs, over the young objects alone.


@contextlib.contextmanager
def _cyclic_collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Everything made while paused is still in the youngest generation, which the first collection
        # after this would walk whole (40 ms on Stripe's spec). Freezing and unfreezing moves it all to
        # the oldest generation unwalked: still collectable, walked only in a full collection. (Not in
        # a process that froze objects of its own: unfreezing would give them back to the collector.)
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def _kept_out_of_collections() -> Iterator[None]:
    """Every object alive now (the document and the IR among them) is left out of the collector's walks
    until the block ends; then all of them are collectable again. A process that froze objects of its
    own is left as it is (unfreezing would give them back to the collector)."""
    if gc.get_freeze_count() > 0:
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
