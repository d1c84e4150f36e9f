"""Every kind of change the diff knows, with its class: the single source of docs/diff.md's table.

A kind's class never depends on context: where the same edit reads differently on the request side and
on the response side (a field that becomes nullable), those are two kinds, and the comparison picks one
by the direction in which the schema is used. ``rule`` is the sentence the documentation prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .semver import Bump

Side = Literal["request", "response", "any"]


@dataclass(frozen=True)
class Kind:
    code: str
    breaking: bool
    bump: Bump
    side: Side
    """Where the kind applies: a request (what the client sends), a response (what it reads), or either."""
    rule: str

    @property
    def classification(self) -> str:
        return "breaking" if self.breaking else "non-breaking"


KINDS: dict[str, Kind] = {}


def _kind(code: str, level: Literal["breaking", "minor", "patch"], side: Side, rule: str) -> Kind:
    bump = {"breaking": Bump.MAJOR, "minor": Bump.MINOR, "patch": Bump.PATCH}[level]
    kind = Kind(code, level == "breaking", bump, side, rule)
    assert code not in KINDS, code
    KINDS[code] = kind
    return kind


# --- operations and the client's methods ---------------------------------------------------------------
OPERATION_ADDED = _kind("operation-added", "minor", "any", "A new operation: a new method.")
OPERATION_REMOVED = _kind("operation-removed", "breaking", "any", "An operation is gone: its method is gone.")
OPERATION_PATH_CHANGED = _kind(
    "operation-path-changed",
    "breaking",
    "any",
    "The same operationId under another path or HTTP method: deployed clients call the old one.",
)
METHOD_RENAMED = _kind(
    "method-renamed", "breaking", "any", "The Python name of a method (resource or method) changed; the wire did not."
)
OPERATION_ID_CHANGED = _kind(
    "operation-id-changed", "patch", "any", "The operationId changed but the method and its path did not."
)
SECURITY_REQUIREMENT_ADDED = _kind(
    "security-requirement-added", "breaking", "request", "An operation that needed no credentials now needs them."
)
SECURITY_REQUIREMENT_REMOVED = _kind(
    "security-requirement-removed", "patch", "request", "An operation no longer needs credentials."
)
DEPRECATED = _kind("deprecated", "minor", "any", "An operation, argument, model or field is marked deprecated.")
UNDEPRECATED = _kind("deprecation-removed", "patch", "any", "A deprecation mark is removed.")
DESCRIPTION_CHANGED = _kind(
    "description-changed", "patch", "any", "Only a summary or description changed (docstrings, API reference)."
)
PAGINATION_ADDED = _kind(
    "pagination-added", "breaking", "response", "A method now returns a page that iterates, not the response model."
)
PAGINATION_REMOVED = _kind(
    "pagination-removed", "breaking", "response", "A method returns the response model, no longer a page."
)
PAGINATION_CHANGED = _kind(
    "pagination-changed", "patch", "response", "A list method still pages, by another cursor or items field."
)

# --- parameters (path, query, header, cookie) ------------------------------------------------------------
PARAMETER_ADDED_REQUIRED = _kind(
    "parameter-added-required", "breaking", "request", "A new required parameter: existing calls lack it."
)
PARAMETER_ADDED = _kind("parameter-added", "minor", "request", "A new optional parameter.")
PARAMETER_REMOVED = _kind(
    "parameter-removed", "breaking", "request", "A parameter is gone: calls that pass it fail with a TypeError."
)
PARAMETER_BECAME_REQUIRED = _kind(
    "parameter-became-required", "breaking", "request", "An optional parameter becomes required."
)
PARAMETER_BECAME_OPTIONAL = _kind(
    "parameter-became-optional", "minor", "request", "A required parameter becomes optional."
)
PARAMETER_LOCATION_CHANGED = _kind(
    "parameter-location-changed", "breaking", "request", "A parameter moves between query, header and cookie."
)
ARGUMENT_RENAMED = _kind(
    "argument-renamed", "breaking", "request", "The Python name of a method's argument changed; the wire name did not."
)
DEFAULT_CHANGED = _kind("default-changed", "patch", "any", "The documented default of a model field changed.")

# --- request bodies --------------------------------------------------------------------------------------
BODY_ADDED_REQUIRED = _kind("request-body-added-required", "breaking", "request", "A required request body is added.")
BODY_ADDED = _kind("request-body-added", "minor", "request", "An optional request body is added.")
BODY_REMOVED = _kind("request-body-removed", "breaking", "request", "The request body is gone.")
BODY_BECAME_REQUIRED = _kind(
    "request-body-became-required",
    "breaking",
    "request",
    "A request body that is one argument (`body`) becomes required. (A body whose fields are keyword arguments"
    " is sent whole either way: no change.)",
)
BODY_BECAME_OPTIONAL = _kind(
    "request-body-became-optional", "minor", "request", "A request body that is one argument becomes optional."
)
CONTENT_TYPE_CHANGED = _kind(
    "request-content-type-changed", "breaking", "request", "The request body is sent as another media type."
)

# --- responses -------------------------------------------------------------------------------------------
RESPONSE_KIND_CHANGED = _kind(
    "response-kind-changed",
    "breaking",
    "response",
    "The success response changes between JSON, text, bytes, empty and a stream of events.",
)
RESPONSE_STATUS_CHANGED = _kind(
    "response-status-changed", "patch", "response", "The success status changes (the client accepts any 2xx)."
)
RESPONSE_ALTERNATIVE_ADDED = _kind(
    "response-alternative-added",
    "breaking",
    "response",
    "Another success status answers with a JSON type of its own (a 202 job beside a 200 result): the method "
    "may return it, and deployed clients refuse it.",
)
RESPONSE_ALTERNATIVE_REMOVED = _kind(
    "response-alternative-removed",
    "patch",
    "response",
    "A success status with a JSON type of its own is gone: the method returns one type fewer.",
)

# --- models and fields ------------------------------------------------------------------------------------
MODEL_ADDED = _kind("model-added", "minor", "any", "A new component schema: a new model class.")
MODEL_REMOVED = _kind("model-removed", "breaking", "any", "A component schema is gone: its model class is gone.")
MODEL_RENAMED = _kind(
    "model-renamed", "breaking", "any", "The Python class of a schema has another name (imports break)."
)
FIELD_RENAMED = _kind(
    "field-renamed", "breaking", "any", "The Python attribute of a field changed; its wire name did not."
)
REQUEST_FIELD_ADDED_REQUIRED = _kind(
    "request-field-added-required", "breaking", "request", "A new required field in what the client sends."
)
REQUEST_FIELD_ADDED = _kind("request-field-added", "minor", "request", "A new optional field in what the client sends.")
REQUEST_FIELD_REMOVED = _kind(
    "request-field-removed", "breaking", "request", "A field the client could send is gone (calls that set it fail)."
)
REQUEST_FIELD_BECAME_REQUIRED = _kind(
    "request-field-became-required", "breaking", "request", "A field the client sends becomes required."
)
REQUEST_FIELD_BECAME_OPTIONAL = _kind(
    "request-field-became-optional", "minor", "request", "A field the client sends becomes optional."
)
RESPONSE_FIELD_ADDED = _kind("response-field-added", "minor", "response", "A new field in what the client reads.")
RESPONSE_FIELD_REMOVED = _kind(
    "response-field-removed", "breaking", "response", "A field the client read is gone (code that reads it breaks)."
)
RESPONSE_FIELD_BECAME_OPTIONAL = _kind(
    "response-field-became-optional",
    "breaking",
    "response",
    "A field the client read may now be missing (the old models require it).",
)
RESPONSE_FIELD_BECAME_REQUIRED = _kind(
    "response-field-became-required", "patch", "response", "A field the client reads is now always present."
)
REQUEST_EXTRA_FORBIDDEN = _kind(
    "request-extra-forbidden", "breaking", "request", "An object the client sends no longer accepts undeclared keys."
)
REQUEST_EXTRA_ALLOWED = _kind(
    "request-extra-allowed", "minor", "request", "An object the client sends now accepts undeclared keys."
)

# --- types ---------------------------------------------------------------------------------------------------
TYPE_CHANGED = _kind(
    "type-changed", "breaking", "any", "A value's type changes to an unrelated one (integer to string, model to model)."
)
REQUEST_TYPE_NARROWED = _kind(
    "request-type-narrowed",
    "breaking",
    "request",
    "What the client may send is narrower (any value to string, number to integer).",
)
REQUEST_TYPE_WIDENED = _kind(
    "request-type-widened", "minor", "request", "What the client may send is wider (integer to number, to any value)."
)
RESPONSE_TYPE_WIDENED = _kind(
    "response-type-widened", "breaking", "response", "What the client reads is wider: the old models reject new values."
)
RESPONSE_TYPE_NARROWED = _kind(
    "response-type-narrowed", "patch", "response", "What the client reads is narrower (any value to a string)."
)
REQUEST_BECAME_NULLABLE = _kind("request-became-nullable", "minor", "request", "The client may now send null.")
REQUEST_BECAME_NON_NULLABLE = _kind(
    "request-became-non-nullable", "breaking", "request", "The client may no longer send null."
)
RESPONSE_BECAME_NULLABLE = _kind(
    "response-became-nullable", "breaking", "response", "A value the client reads may now be null."
)
RESPONSE_OPTIONAL_BECAME_NULLABLE = _kind(
    "response-optional-became-nullable",
    "patch",
    "response",
    "An optional field the client reads may now be null: the models already read null there, as they read a "
    "missing field, as None.",
)
RESPONSE_BECAME_NON_NULLABLE = _kind(
    "response-became-non-nullable", "patch", "response", "A value the client reads is never null any more."
)
REQUEST_ENUM_VALUE_ADDED = _kind("request-enum-value-added", "minor", "request", "A new value the client may send.")
REQUEST_ENUM_VALUE_REMOVED = _kind(
    "request-enum-value-removed", "breaking", "request", "A value the client could send is refused."
)
RESPONSE_ENUM_VALUE_ADDED = _kind(
    "response-enum-value-added",
    "minor",
    "response",
    "A new value in an open enum the client reads: the old models keep unknown values (R11).",
)
RESPONSE_ENUM_VALUE_REMOVED = _kind(
    "response-enum-value-removed", "patch", "response", "A value the client reads is no longer listed."
)
RESPONSE_ENUM_OPENED = _kind(
    "response-enum-dropped",
    "patch",
    "response",
    "An open enum the client reads becomes its plain type: the old models already kept any value.",
)
REQUEST_VARIANT_ADDED = _kind("request-variant-added", "minor", "request", "A union the client sends gains a variant.")
REQUEST_VARIANT_REMOVED = _kind(
    "request-variant-removed", "breaking", "request", "A union the client sends loses a variant."
)
RESPONSE_VARIANT_ADDED = _kind(
    "response-variant-added", "breaking", "response", "A union the client reads gains a variant the old models reject."
)
RESPONSE_TAGGED_VARIANT_ADDED = _kind(
    "response-tagged-variant-added",
    "minor",
    "response",
    "A discriminated union the client reads gains a tag value: the old models keep it as an UnknownVariant (R11).",
)
RESPONSE_VARIANT_REMOVED = _kind(
    "response-variant-removed", "patch", "response", "A union the client reads loses a variant."
)
DISCRIMINATOR_CHANGED = _kind(
    "discriminator-changed",
    "breaking",
    "any",
    "The property, or a value of it, that tells a union's variants apart changed: the old models send the old "
    "tag and read the new one as an unknown variant.",
)
UNION_TAGGING_CHANGED = _kind(
    "union-tagging-changed",
    "patch",
    "any",
    "A union starts or stops telling its variants apart by a property; the variants are the same.",
)
REQUEST_CONSTRAINT_TIGHTENED = _kind(
    "request-constraint-tightened",
    "breaking",
    "request",
    "A bound, length, pattern or uniqueness the client must meet is stricter.",
)
REQUEST_CONSTRAINT_RELAXED = _kind(
    "request-constraint-relaxed", "minor", "request", "A bound, length or pattern the client must meet is looser."
)
RESPONSE_CONSTRAINT_RELAXED = _kind(
    "response-constraint-relaxed",
    "patch",
    "response",
    "A bound, length or pattern of what the client reads is looser: the old models keep a value that breaks one.",
)
RESPONSE_CONSTRAINT_TIGHTENED = _kind(
    "response-constraint-tightened",
    "patch",
    "response",
    "A bound, length or pattern of what the client reads is stricter.",
)
FORMAT_CHANGED = _kind(
    "format-changed", "patch", "any", "A string format that does not change the Python type (uuid, email) changed."
)

# --- the API as a whole ----------------------------------------------------------------------------------------
SECURITY_SCHEME_ADDED = _kind("security-scheme-added", "patch", "any", "A new security scheme is declared.")
SECURITY_SCHEME_REMOVED = _kind(
    "security-scheme-removed", "breaking", "any", "A security scheme the client authenticates with is gone."
)
SECURITY_SCHEME_CHANGED = _kind(
    "security-scheme-changed",
    "breaking",
    "any",
    "The client's key is sent another way (bearer to API key, header name, another scheme), or an operation accepts only a scheme the client does not send.",
)
SERVER_CHANGED = _kind("server-changed", "patch", "any", "The first server, the client's default base URL, changed.")
OPERATION_SERVER_CHANGED = _kind(
    "operation-server-changed",
    "patch",
    "any",
    "An operation's own server (its `servers`, or its path's) changed, came or went: the method is sent elsewhere.",
)
API_VERSION_CHANGED = _kind("api-version-changed", "patch", "any", "The document's info.version changed.")
UNCLASSIFIED_CHANGE = _kind(
    "unclassified-change",
    "patch",
    "any",
    "The generated client changes in a way no other kind describes (parameter serialization, enum order, a "
    "model moved to another module); reported only when nothing else is, so that changed code never keeps "
    "its version (and only where the two packages, rendered, differ: an edit no template reads is no change).",
)
