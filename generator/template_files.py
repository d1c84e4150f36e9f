"""Where the built-in templates are: inside the installed package, or the repository's templates/."""

from __future__ import annotations

from pathlib import Path

__all__ = ["UserTemplateError", "builtin_templates", "template_names"]


def builtin_templates() -> Path:
    """The templates folder: shipped inside the installed generator, or ``templates/`` beside it in a checkout.

    Found beside this module, not through ``importlib.resources``, whose readers import zipfile (3 ms of
    every run): Jinja reads the templates from a real folder, so a zipped generator could not use them.
    """
    here = Path(__file__).resolve().parent
    packaged = here / "templates"
    return packaged if packaged.is_dir() else here.parent / "templates"


def template_names(folder: Path) -> list[str]:
    """The names of the templates under ``folder``, as Jinja's loader spells them."""
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.jinja"))


class UserTemplateError(Exception):
    """A template from the user's folder does not compile or fails while rendering: bad input, reported
    as ``file:line: message`` (a built-in template that fails is a bug, and raised as it is)."""
