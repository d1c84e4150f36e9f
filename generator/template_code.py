"""The Python code Jinja compiles the templates into, kept so that no run compiles a template twice.

Compiling the built-in templates takes about 0.2 s, a fifth of a run that has nothing cached; nearly
all of it is Jinja's own work (parsing a template and generating Python source from it), and a tenth
is Python compiling that source. So the code is kept at three levels:

- in memory, where a forked child can put it while this process is still reading the spec
  (``Renderer.compiling_ahead``);
- in the memo's folder, for the runs that follow;
- beside the built-in templates, in ``compiled.json``: the Python source Jinja generates from each of
  them, made when the templates change (``python -m generator.template_code``, which the test suite
  checks) and shipped with them, so that a run with no memo at all only has Python compile it. Unlike
  byte code, that source does not depend on the Python version.

Every entry is checked against its template's text before it is used (Jinja's checksum of the source),
and shipped source only serves the Jinja version and settings it was generated with: an edited or
overriding template, or another Jinja, is compiled from its text, never served stale code.
"""

from __future__ import annotations

import contextlib
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket

from .memo import cache_home

__all__ = ["SHIPPED", "TemplateCode", "shipped_code"]

SHIPPED = "compiled.json"
"""The file of generated source beside the built-in templates."""


class TemplateCode(jinja2.BytecodeCache):
    """Compiled templates by Jinja's key: in memory first, then in the memo (when there is one), then
    compiled from the shipped source (when there is some for the template's text)."""

    def __init__(self, kept: jinja2.BytecodeCache | None, shipped: Path | None = None) -> None:
        self._in_memory: dict[str, bytes] = {}
        self._kept = kept
        self._shipped_file = shipped
        self._shipped: dict[str, tuple[str, str]] | None = None  # (checksum, source) by name, read on first need

    @classmethod
    def with_memo(cls, shipped: Path | None = None) -> TemplateCode:
        """Backed by the memo's folder for this Jinja version, or by memory alone when the memo is off."""
        home = cache_home()
        if home is None:
            return cls(None, shipped)
        folder = home / "jinja" / jinja2.__version__
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return cls(None, shipped)
        return cls(jinja2.FileSystemBytecodeCache(str(folder)), shipped)

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> Bucket:
        """Jinja's bucket (``load_bytecode`` fills it from memory or the memo); where neither has the code,
        it is compiled from the shipped source made from this very template, as Jinja would compile it."""
        bucket = super().get_bucket(environment, name, filename, source)
        if bucket.code is None:
            if self._shipped is None:
                self._shipped = _read_shipped(self._shipped_file, environment)
            shipped = self._shipped.get(name)
            if shipped is not None and shipped[0] == bucket.checksum:  # made from this very text
                bucket.code = compile(shipped[1], "<template>" if filename is None else filename, "exec")
                self.dump_bytecode(bucket)  # Jinja only stores what it compiled itself
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._in_memory.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)
        elif self._kept is not None:
            try:
                self._kept.load_bytecode(bucket)
            except (pickle.UnpicklingError, EOFError, ValueError, TypeError, OSError):
                bucket.reset()  # a damaged entry (Jinja's files carry no hash): compiled again, and stored anew

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._in_memory[bucket.key] = bucket.bytecode_to_string()
        if self._kept is not None:
            # a memo folder that cannot be written (another user's, read-only): compiled again next run
            with contextlib.suppress(OSError):
                self._kept.dump_bytecode(bucket)

    def compiled_here(self) -> dict[str, bytes]:
        """What this process compiled (not what it found in the memo), to hand to another."""
        return dict(self._in_memory)

    def add(self, compiled: dict[str, bytes]) -> None:
        """Code compiled by another process (``compiled_here`` there)."""
        for key, code in compiled.items():
            self._in_memory.setdefault(key, code)


def _read_shipped(path: Path | None, environment: jinja2.Environment) -> dict[str, tuple[str, str]]:
    """The shipped (checksum, source) by template name; none where there is none for this Jinja and settings."""
    if path is None:
        return {}
    try:
        stored = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(stored, dict) or stored.get("generator") != _generator(environment):
        return {}
    templates = stored.get("templates")
    return {
        name: (entry["checksum"], entry["code"])
        for name, entry in (templates.items() if isinstance(templates, dict) else ())
        if isinstance(entry, dict) and isinstance(entry.get("checksum"), str) and isinstance(entry.get("code"), str)
    }


def _generator(environment: jinja2.Environment) -> dict[str, Any]:
    """What decides the source Jinja generates from a template's text: its version and the settings of
    the environment that its code generator reads."""
    finalize = environment.finalize
    return {
        "jinja": jinja2.__version__,
        "syntax": [
            environment.block_start_string,
            environment.block_end_string,
            environment.variable_start_string,
            environment.variable_end_string,
            environment.comment_start_string,
            environment.comment_end_string,
            environment.line_statement_prefix,
            environment.line_comment_prefix,
        ],
        "whitespace": [
            environment.trim_blocks,
            environment.lstrip_blocks,
            environment.newline_sequence,
            environment.keep_trailing_newline,
        ],
        "autoescape": environment.autoescape if isinstance(environment.autoescape, bool) else "function",
        # what a call passes first (context, environment, ...) is decided when the template is compiled
        "finalize": None if finalize is None else [_qualified_name(finalize), _passes(finalize)],
        "filters": {name: _passes(function) for name, function in sorted(environment.filters.items())},
        "tests": {name: _passes(function) for name, function in sorted(environment.tests.items())},
        "optimized": environment.optimized,
        "async": environment.is_async,
        "extensions": sorted(environment.extensions),
    }


_CHECKSUMS = TemplateCode(None)


def _qualified_name(function: Any) -> str:
    return f"{getattr(function, '__module__', '')}.{getattr(function, '__qualname__', repr(type(function)))}"


def _passes(function: Any) -> str | None:
    """What Jinja passes a filter, test or finalize before its value (``pass_context`` and kin), if anything."""
    passed = getattr(function, "jinja_pass_arg", None)
    return None if passed is None else str(passed.name)


def shipped_code(environment: jinja2.Environment, names: list[str]) -> str:
    """The contents of ``compiled.json`` for the templates ``names`` as ``environment`` loads them."""
    assert environment.loader is not None
    templates = {}
    for name in names:
        text, filename, _ = environment.loader.get_source(environment, name)
        checksum = _CHECKSUMS.get_source_checksum(text)  # as Jinja computes it for a bucket
        templates[name] = {"checksum": checksum, "code": environment.compile(text, name, filename, raw=True)}
    stored = {"generator": _generator(environment), "templates": dict(sorted(templates.items()))}
    return json.dumps(stored, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> None:
    """``python -m generator.template_code``: writes the shipped source of the built-in templates."""
    from .render import Renderer
    from .template_files import builtin_templates, template_names

    folder = builtin_templates()
    target = folder / SHIPPED
    target.write_text(shipped_code(Renderer().env, template_names(folder)), encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
