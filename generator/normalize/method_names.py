"""What operations are called in the client: resource modules, method names, argument names kept unique.

A method is named by what its path and HTTP method say (``list``, ``create``, ``retrieve_card``,
``feedback``), the way REST clients read; the names the configuration gives win over these
(``method-names``), and clashes are settled by :func:`unique_name` or by numbering.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from .english import is_plural, singular
from .names import MAX_MODULE_NAME, WINDOWS_DEVICE_NAMES, identifier, numbered, snake_case

VERSION_SEGMENT = re.compile(r"^(v\d+(\.\d+)*((alpha|beta)\d*)?|\d{4}-\d{2}-\d{2})$")
"""A leading path segment that names the API's version (``/v1``, ``/v1beta1``, Twilio's ``/2010-04-01``),
which no method name includes."""
API_PREFIX = ("rest", "api")
"""Words that may come before the version, in this order, and go with it (Jira's ``/rest/api/3``, GitLab's
``/api/v4``); a version after them may be a bare number."""
TEMPLATE = re.compile(r"\{([^{}]*)\}")
"""A path template (``{id}``)."""


def module_names(resources: list[str]) -> dict[str, str]:
    """Each resource's module: its name, shortened to what a file name can hold, kept unique."""
    result: dict[str, str] = {}
    taken: set[str] = set()
    for name in resources:
        module = name[:MAX_MODULE_NAME]
        if module in WINDOWS_DEVICE_NAMES:
            module = f"r_{module}"
        module = numbered(module, taken)
        result[name] = module
        taken.add(module)
    return result


CUSTOM_METHOD = re.compile(r"(.*[^:]):([A-Za-z][A-Za-z0-9_.-]*)")
"""A last segment that ends in a custom method (Google's AIP-136): ``{id}:archive``, ``books:batchDelete``."""
FORMAT_EXTENSION = re.compile(r"(.+)\.(json|xml|csv)", re.IGNORECASE)
"""A last segment that names the format of the answer (Twilio's ``Messages.json``, ``{Sid}.json``)."""
_CRUD_VERBS = frozenset({"list", "create", "retrieve", "update", "replace", "delete"})


def custom_method(path: str) -> tuple[str, str | None]:
    """``path`` without the custom method its last segment ends in, and that method (None where there is none)."""
    head, slash, last = path.rstrip("/").rpartition("/")
    match = CUSTOM_METHOD.fullmatch(last)
    if match is None:
        return path, None
    return f"{head}{slash}{match.group(1)}", match.group(2)


def resource_path(path: str) -> str:
    """``path`` as it names a resource: without a custom method or a format extension on its last segment."""
    head, slash, last = custom_method(path)[0].rstrip("/").rpartition("/")
    extension = FORMAT_EXTENSION.fullmatch(last)
    return f"{head}{slash}{extension.group(1) if extension else last}"


def path_segments(path: str) -> list[str]:
    """The segments of the resource path (its version, a custom method and a format extension left out)."""
    segments = [s for s in resource_path(path).split("/") if s]
    return segments[_version_end(segments) :]


def _version_end(segments: list[str]) -> int:
    """How many leading segments say where the API and its version are (``v1``, ``api/v1``,
    ``rest/api/3``); 0 where no version follows the prefix words (``/api/users`` keeps its ``api``)."""
    index = 0
    for word in API_PREFIX:
        if index < len(segments) and segments[index].lower() == word:
            index += 1
    if index < len(segments):
        version = segments[index]
        if VERSION_SEGMENT.match(version) or (index > 0 and version.isdigit()):
            return index + 1
    return 0


def collection_paths(operations: Iterable[tuple[str, str]], reading_one: Container[str] = ()) -> frozenset[str]:
    """The resource paths of collections, among those of ``operations`` (path, HTTP method): those with an
    item path below them (``/cards`` when ``/cards/{id}`` exists), and those named by a plural that are
    both read and posted to (GitHub's ``/repos/{owner}/{repo}/issues/{issue_number}/comments``), unless
    their GET answers one object (a path in ``reading_one``: Stripe's ``/v1/tax/settings``)."""
    found = set()
    methods: dict[str, set[str]] = {}
    for path, method in operations:
        named = resource_path(path)
        if path not in reading_one:
            methods.setdefault(named, set()).add(method)
        head, _, last = named.rpartition("/")
        if TEMPLATE.fullmatch(last) and head:
            found.add(head)
    for named, used in methods.items():
        last = named.rpartition("/")[2]
        if {"get", "post"} <= used and not TEMPLATE.search(last) and is_plural(last):
            found.add(named)
    return frozenset(found)


def _singular_words(name: str) -> str:
    head, _, last = name.rpartition("_")
    return f"{head}_{singular(last)}" if head else singular(last)


def _own_segment(segments: list[str], resource: str, anywhere: bool) -> int | None:
    """Where the segment that names ``resource`` is: first, or with ``anywhere`` at any depth (GitHub's
    ``/repos/{owner}/{repo}/issues`` in ``issues``); None where no segment names it."""
    own = singular(resource.rstrip("_"))
    for index, segment in enumerate(segments if anywhere else segments[:1]):
        if not TEMPLATE.search(segment) and singular(snake_case(segment)) == own:
            return index
    return None


def method_name(
    path: str,
    method: str,
    resource: str,
    collections: frozenset[str] = frozenset(),
    one_object: bool = False,
    from_own_segment: bool = False,
) -> str:
    """``list``/``create``/``retrieve``/``update``/``replace``/``delete``, or the action the path names.

    The path is read after the segment that names the resource: its first segment, or with
    ``from_own_segment`` one at any depth. A nested collection reads like the top-level one, with its
    name: ``list_cards``, ``create_card``, ``retrieve_card``; an action that is not a collection keeps its
    own name (``feedback``, ``fetch``).
    A GET of the resource's own path is ``list``, unless no item path is below it and it answers
    ``one_object`` (``/v1/balance``: ``retrieve``). A custom method takes the verb's place: ``POST
    /books/{id}:archive`` is ``archive``, ``POST /books:batchDelete`` is ``batch_delete``, and where the path
    alone names an action (``/shelves/{id}/books``), the method goes first: ``batch_move_books``.
    """
    named_path, custom = custom_method(path)
    if custom is not None:
        name = method_name(named_path, method, resource, collections, one_object, from_own_segment)
        verb, _, rest = name.partition("_")
        action = snake_case(custom) or "call"
        return identifier(f"{action}_{rest}" if rest else action) if verb in _CRUD_VERBS else f"{action}_{name}"
    segments = path_segments(path)
    own = _own_segment(segments, resource, from_own_segment)
    if own is not None:
        segments = segments[own + 1 :]
    statics = [s for s in segments if not TEMPLATE.search(s)]
    on_item = bool(segments) and bool(TEMPLATE.search(segments[-1]))
    in_collections = resource_path(path) in collections
    if not statics:
        # POST to an item (``/customers/{id}``) is how form-encoded APIs such as Stripe's update it.
        verbs = {
            "get": "retrieve" if on_item or (one_object and not in_collections) else "list",
            "post": "update" if on_item else "create",
            "put": "replace" if not on_item else "update",
            "patch": "update",
            "delete": "delete",
        }
        return verbs.get(method, method)
    action = snake_case("_".join(statics)) or "call"
    if on_item or in_collections:
        one = _singular_words(action)
        verbs = (
            {"get": "retrieve", "post": "update", "put": "update", "patch": "update", "delete": "delete"}
            if on_item
            else {"get": "list", "post": "create", "put": "replace", "delete": "delete"}
        )
        verb = verbs.get(method, method)
        return f"{verb}_{one if on_item or verb == 'create' else action}"
    prefix = {
        "put": "replace",
        "patch": "update",
        "delete": "delete",
        "head": "head",
        "options": "options",
        "trace": "trace",
    }.get(method)
    return identifier(f"{prefix}_{action}" if prefix else action)  # a path segment such as `/2fa` is none


def unique_name(name: str, used: set[str], source: str) -> str:
    choice = next((c for c in (name, f"{name}_{source}") if c not in used), None) or numbered(name, used)
    used.add(choice)
    return choice
