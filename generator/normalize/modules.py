"""Model modules: which generated module each declaration lives in, and what each module imports.

Inline classes live with the component schema they stand in; declarations that refer to each other in
a cycle share one module (so imports never form a cycle and recursive models resolve in one namespace).
Inside a module, classes come first and aliases after, in dependency order, because an alias is
evaluated when the module runs while class annotations are read lazily; for the same reason, a cycle
of aliases alone is broken (:func:`break_alias_cycles`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..diagnostics import Diagnostics
from ..ir import (
    AliasDecl,
    AnyType,
    ArrayType,
    Declaration,
    MapType,
    ModelDecl,
    ModelModule,
    ModelType,
    Symbol,
    TupleType,
    TypeExpr,
    UnionType,
    declaration_types,
    referenced_symbols,
)
from ..reserved_names import KEYWORDS, SOFT_KEYWORDS
from .names import MAX_MODULE_NAME, WINDOWS_DEVICE_NAMES, numbered, snake_case


def dependencies(declaration: Declaration) -> list[Symbol]:
    found: dict[str, Symbol] = {}
    for expr in declaration_types(declaration):
        for symbol in referenced_symbols(expr):
            found.setdefault(symbol.key, symbol)
    return [found[key] for key in sorted(found)]


def group_modules(declarations: dict[str, Declaration]) -> tuple[ModelModule, ...]:
    """Assigns every declaration to a module; returns the modules sorted by name."""
    home = _home_modules(declarations)
    deps = {key: [s.key for s in dependencies(decl)] for key, decl in declarations.items()}
    graph: dict[str, set[str]] = defaultdict(set)
    for key, targets in deps.items():
        for target in targets:
            if target in home and home[target] != home[key]:
                graph[home[key]].add(home[target])
    merged = strongly_connected(sorted(set(home.values())), graph)
    members: dict[str, list[Declaration]] = defaultdict(list)
    for key, decl in declarations.items():
        members[merged[home[key]]].append(decl)
    modules = []
    for name in sorted(members):
        decls = _ordered(members[name], deps)
        keys = {d.symbol.key for d in decls}
        imports = sorted(
            {
                (merged[home[target]], declarations[target].symbol.name)
                for d in decls
                for target in deps[d.symbol.key]
                if target not in keys and target in home
            }
        )
        modules.append(ModelModule(name, tuple(decls), tuple(imports)))
    return tuple(modules)


def _module_name(class_name: str) -> str:
    name = snake_case(class_name) or "model"
    if name in KEYWORDS or name in SOFT_KEYWORDS or name[0].isdigit() or name in WINDOWS_DEVICE_NAMES:
        name = f"m_{name}"
    return name[:MAX_MODULE_NAME]


def _home_modules(declarations: dict[str, Declaration]) -> dict[str, str]:
    """Named declarations get their own module; inline ones join the named one they stand in."""
    named = {d.symbol.key for d in declarations.values() if d.symbol.rank == 0}
    modules: dict[str, str] = {}
    taken: set[str] = set()
    for decl in sorted(declarations.values(), key=lambda d: (d.symbol.rank, d.symbol.key)):
        key = decl.symbol.key
        owner = None if decl.symbol.rank == 0 else _owner(key, named)
        if owner is not None:
            modules[key] = modules[owner]
            continue
        name = _module_name(decl.symbol.name)
        name = numbered(name, taken)
        taken.add(name)
        modules[key] = name
    return modules


def _owner(key: str, named: set[str]) -> str | None:
    """The named declaration whose key is the longest that ``key`` continues (``{owner}/...``)."""
    end = key.rfind("/")
    while end > 0:
        if key[:end] in named:
            return key[:end]
        end = key.rfind("/", 0, end)
    return None


def strongly_connected(nodes: list[str], graph: dict[str, set[str]]) -> dict[str, str]:
    """Maps each node to the representative of its strongly connected component (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: dict[str, str] = {}
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                representative = min(component)
                for member in component:
                    result[member] = representative
    return result


def _ordered(decls: list[Declaration], deps: dict[str, list[str]]) -> tuple[Declaration, ...]:
    classes = sorted((d for d in decls if isinstance(d, ModelDecl)), key=lambda d: d.symbol.name)
    aliases = {d.symbol.key: d for d in decls if isinstance(d, AliasDecl)}
    ordered: list[Declaration] = list(classes)
    placed: set[str] = set()
    visiting: set[str] = set()

    def place(key: str) -> None:
        if key in placed or key in visiting:
            return
        visiting.add(key)
        for target in deps[key]:
            if target in aliases:
                place(target)
        visiting.discard(key)
        placed.add(key)
        ordered.append(aliases[key])

    for key in sorted(aliases, key=lambda k: aliases[k].symbol.name):
        place(key)
    return tuple(ordered)


def break_alias_cycles(declarations: dict[str, Declaration], diagnostics: Diagnostics) -> dict[str, Declaration]:
    """Type aliases that refer to each other in a cycle (a map of itself, ``A = list[B]``, ``B = A | None``)
    cannot be evaluated when their module is imported; where a cycle runs through aliases only, the
    references inside it are typed as any value, with a warning. (A cycle through a class is fine: class
    annotations are read lazily, and those become recursive models.)"""
    aliases = {key: decl for key, decl in declarations.items() if isinstance(decl, AliasDecl)}
    graph = {key: {s.key for s in referenced_symbols(decl.type) if s.key in aliases} for key, decl in aliases.items()}
    components = strongly_connected(sorted(graph), {key: set(targets) for key, targets in graph.items()})
    members: dict[str, set[str]] = {}
    for key, representative in components.items():
        members.setdefault(representative, set()).add(key)
    result = dict(declarations)
    for key, decl in aliases.items():
        cycle = members[components[key]]
        if len(cycle) == 1 and key not in graph[key]:
            continue
        diagnostics.warning(
            decl.origin.file,
            decl.origin.pointer,
            "this schema contains itself with no object in between (a recursive alias); "
            "the recursive part is typed as any value",
            "schema.recursive-alias",
        )
        result[key] = AliasDecl(decl.symbol, decl.origin, _without(decl.type, cycle), decl.description)
    return result


def _without(expr: TypeExpr, keys: set[str]) -> TypeExpr:
    """``expr`` with every reference to one of ``keys`` replaced by any value."""
    if isinstance(expr, ModelType) and expr.symbol.key in keys:
        return AnyType()
    if isinstance(expr, ArrayType):
        return replace(expr, items=_without(expr.items, keys))
    if isinstance(expr, TupleType):
        return replace(expr, items=tuple(_without(item, keys) for item in expr.items))
    if isinstance(expr, MapType):
        return replace(expr, values=_without(expr.values, keys))
    if isinstance(expr, UnionType):
        return replace(expr, variants=tuple(_without(v, keys) for v in expr.variants))
    return expr
