"""The pipeline of DESIGN §1, stage by stage: load, resolve, normalize, render (format and write follow).

Each stage reports problems to one :class:`Diagnostics`; the pipeline stops after a stage that found
errors (or warnings, with ``strict``), so later stages only ever see input they can trust.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .config import Config
from .diagnostics import Diagnostic, Diagnostics
from .files import RenderedFile
from .ir import Api
from .load import load_document
from .normalize import normalize
from .normalize.document import check_version
from .render import Renderer
from .resolve import ResolvedSpec, ResolveOptions, resolve


@dataclass(frozen=True)
class Build:
    """What one run of the pipeline produced, before formatting and writing."""

    api: Api
    files: list[RenderedFile]
    warnings: list[Diagnostic]
    started: float


def load_and_resolve(spec_path: Path, config: Config, diagnostics: Diagnostics) -> ResolvedSpec:
    """Load and resolve; raises :class:`~generator.diagnostics.SpecError` on errors."""
    if not spec_path.is_file():
        diagnostics.error(str(spec_path), "", "spec file does not exist", "load.missing")
        diagnostics.raise_if_errors()
    document = load_document(spec_path, diagnostics)
    diagnostics.raise_if_errors()
    assert document is not None
    spec = resolve(document, diagnostics, ResolveOptions(allow_outside_root=config.allow_outside_refs))
    diagnostics.locate = spec.locate
    diagnostics.raise_if_errors()
    check_version(spec, diagnostics)
    diagnostics.raise_if_errors()
    return spec


def build_api(config: Config, diagnostics: Diagnostics) -> Api:
    spec = load_and_resolve(config.spec, config, diagnostics)
    api = normalize(spec, config, diagnostics, __version__)
    diagnostics.raise_if_errors(strict=config.strict)
    return api


def build(config: Config) -> Build:
    """Load, resolve, normalize and render; raises SpecError when the spec cannot be generated."""
    started = time.perf_counter()
    diagnostics = Diagnostics()
    api = build_api(config, diagnostics)
    files = Renderer(config.templates).render(api)
    return Build(api, files, sorted(diagnostics.warnings, key=Diagnostic.sort_key), started)
