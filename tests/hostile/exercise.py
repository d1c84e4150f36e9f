"""Using a generated package the way a user would, to prove it works: import every module, build every
model, and call every method of both clients against a mock transport (no network).

Shared by the corpus, the injection tests and the fuzzer.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import inspect
import json
import pkgutil
import sys
import typing
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pydantic

TOKEN = "hostile-test-key"


@contextlib.contextmanager
def loaded(root: Path, package: str) -> Iterator[Any]:
    """Imports ``package`` from ``root``; afterwards every module of it is forgotten again."""
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(root))
        for name in list(sys.modules):
            if name == package or name.startswith(package + "."):
                del sys.modules[name]


def import_all(package: Any) -> list[Any]:
    """Imports every module of the package (models and resources load lazily otherwise)."""
    modules = [package]
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        modules.append(importlib.import_module(info.name))
    return modules


def model_classes(package: Any) -> list[type[pydantic.BaseModel]]:
    models = importlib.import_module(package.__name__ + ".models")
    found = []
    for name in models.__all__:
        value = getattr(models, name)
        if isinstance(value, type) and issubclass(value, pydantic.BaseModel):
            found.append(value)
    return found


def check_models(package: Any) -> int:
    """Every model builds its schema, validates an empty object (or says why not), and round-trips
    whatever it accepts. Returns how many models were checked."""
    count = 0
    for model in model_classes(package):
        model.model_rebuild()
        model.model_json_schema()
        with contextlib.suppress(pydantic.ValidationError):
            instance = model.model_validate({})
            dumped = instance.model_dump(mode="json", by_alias=True)
            json.dumps(dumped)
        count += 1
    return count


# --- calling every method -------------------------------------------------------------------------


def _sample(annotation: Any) -> Any:
    """A value of the annotation's type (the first that fits); None when unsure."""
    if isinstance(annotation, str):
        return "x"
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _sample(typing.get_args(annotation)[0])
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        for arg in typing.get_args(annotation):
            if arg is not type(None) and getattr(arg, "__name__", "") != "NotGiven":
                return _sample(arg)
        return None
    if annotation in (str,):
        return "x"
    if annotation is bool:
        return True
    if annotation in (int, float):
        return 1
    if annotation is bytes:
        return b"x"
    if origin in (list, tuple) or annotation is list:
        return []
    if origin is dict or annotation is dict:
        return {}
    from collections.abc import Mapping, Sequence

    if origin in (Sequence, typing.Sequence):
        return []
    if origin in (Mapping, typing.Mapping):
        return {}
    return None


def _required_arguments(method: Any) -> tuple[list[Any], dict[str, Any]]:
    try:
        hints = typing.get_type_hints(method, include_extras=True)
    except Exception:  # an annotation that cannot be evaluated here: call with strings
        hints = {}
    positional: list[Any] = []
    keyword: dict[str, Any] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.default is not inspect.Parameter.empty:
            continue
        value = _sample(hints.get(name, str))
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            positional.append("x" if value is None else value)
        elif parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            keyword[name] = value
    return positional, keyword


def _respond(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={}, headers={"content-type": "application/json"})


def call_every_method(package: Any, client_name: str) -> int:
    """Calls each method of both clients against a mock transport that answers ``{}``; a method may fail
    on its arguments or on the answer (typed errors), but never with anything else. Returns the calls made."""
    client_module = importlib.import_module(package.__name__ + "._client")
    exceptions = importlib.import_module(package.__name__ + "._exceptions")
    expected = (pydantic.ValidationError, exceptions.APIError)
    calls = 0
    sync_client = getattr(client_module, client_name)(
        api_key=TOKEN, base_url="http://mock.invalid", http_client=httpx.Client(transport=httpx.MockTransport(_respond))
    )
    for resource, method in _methods(sync_client):
        positional, keyword = _required_arguments(method)
        with contextlib.suppress(*expected), _documented_refusals(), _deprecations_expected():
            method(*positional, **keyword, max_retries=0)
        calls += 1
        del resource
    async_client = getattr(client_module, "Async" + client_name)(
        api_key=TOKEN,
        base_url="http://mock.invalid",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(_respond)),
    )

    async def call_all() -> int:
        made = 0
        for _, method in _methods(async_client):
            positional, keyword = _required_arguments(method)
            with contextlib.suppress(*expected), _documented_refusals(), _deprecations_expected():
                result = method(*positional, **keyword, max_retries=0)
                if inspect.isawaitable(result):
                    await result
            made += 1
        return made

    calls += asyncio.run(call_all())
    return calls


@contextlib.contextmanager
def _deprecations_expected() -> Iterator[None]:
    """Every method is called, those of operations the spec deprecates too: their warning is expected."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", r"(?s).* is deprecated by the API\Z", DeprecationWarning)
        yield


@contextlib.contextmanager
def _documented_refusals() -> Iterator[None]:
    """What the runtime refuses before sending, whatever the spec: an empty path parameter (the sample
    value of an enum whose only value is ""), an empty list as a query parameter (the sample of any
    array), and a header value that is not ASCII, which httpx cannot encode (a known limitation of the
    client runtime, not of generation: any caller's "José" does it)."""
    try:
        yield
    except ValueError as error:
        if isinstance(error, UnicodeEncodeError) and _raised_in(error, "_normalize_header_value"):
            return
        message = str(error)
        if not message.startswith("expected a non-empty value for path parameter") and not (
            message.startswith("query parameter") and "cannot be an empty list" in message
        ):
            raise


def _raised_in(error: BaseException, function: str) -> bool:
    trace = error.__traceback__
    while trace is not None:
        if trace.tb_frame.f_code.co_name == function:
            return True
        trace = trace.tb_next
    return False


def _methods(client: Any) -> Iterator[tuple[str, Any]]:
    resources = importlib.import_module(type(client).__module__.rsplit(".", 1)[0] + ".resources")
    del resources
    for name, value in inspect.getmembers(type(client)):
        if not isinstance(value, __import__("functools").cached_property) or name == "with_raw_response":
            continue
        resource = getattr(client, name)
        for method_name, method in inspect.getmembers(resource, inspect.ismethod):
            if method_name.startswith("_") or method_name in ("with_raw_response",):
                continue
            yield f"{name}.{method_name}", method
