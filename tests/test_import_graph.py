"""The import graph shows the architecture: no circles, and imports run only down the layers.

Layers, bottom to top: plumbing (settings, errors, processes) < schemas (the contract) < raw <
extracted < curated < warehouse < release < orchestration (the Dagster wiring) < cli. A module
may import its own layer and the layers below; an import running up, or a circle between any
two modules (imports inside functions included), fails here with the modules named.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LAYERS = ("plumbing", "schemas", "raw", "extracted", "curated", "warehouse", "release",
          "orchestration", "cli")  # fmt: skip


def modules(root: Path = REPO) -> dict[str, Path]:
    found = {}
    for package in ("pipelines", "schemas"):
        for path in (root / package).rglob("*.py"):
            name = ".".join(path.relative_to(root).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def import_graph(found: dict[str, Path]) -> dict[str, set[str]]:
    """Each module's imports of JRIS modules, from every import statement in it."""
    graph: dict[str, set[str]] = {name: set() for name in found}
    for name, path in found.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    child = f"{node.module}.{alias.name}"
                    if child in found:
                        graph[name].add(child)
                    elif node.module in found:
                        graph[name].add(node.module)
            elif isinstance(node, ast.Import):
                graph[name].update(a.name for a in node.names if a.name in found)
    return graph


def layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "schemas":
        return "schemas"
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    wrong = []
    for module, imported in sorted(graph.items()):
        for target in sorted(imported):
            a, b = layer(module), layer(target)
            if a and b and LAYERS.index(b) > LAYERS.index(a):
                wrong.append(f"{module} ({a}) imports {target} ({b})")
    return wrong


def test_every_module_sits_in_a_layer() -> None:
    homeless = [m for m in modules() if m != "pipelines" and layer(m) is None]
    assert homeless == []


def test_no_import_circle() -> None:
    assert circles(import_graph(modules())) == []


def test_imports_run_only_down_the_layers() -> None:
    assert upward_imports(import_graph(modules())) == []


def test_the_checks_see_a_circle_and_an_upward_import(tmp_path: Path) -> None:
    """The checks above can fail: on a small tree with both faults they name them."""
    for name, body in {
        "pipelines/__init__.py": "",
        "pipelines/raw/__init__.py": "",
        "pipelines/raw/a.py": "from pipelines.raw import b\n",
        "pipelines/raw/b.py": "def f():\n    from pipelines.raw.a import x\n",
        "pipelines/extracted/__init__.py": "",
        "pipelines/extracted/c.py": "",
        "pipelines/raw/d.py": "import pipelines.extracted.c\n",
        "schemas/__init__.py": "",
    }.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(body)
    graph = import_graph(modules(tmp_path))
    assert circles(graph) == [["pipelines.raw.a", "pipelines.raw.b"]]
    assert upward_imports(graph) == [
        "pipelines.raw.d (raw) imports pipelines.extracted.c (extracted)"
    ]
