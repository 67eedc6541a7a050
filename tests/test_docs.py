"""docs/ARCHITECTURE.md draws what the code is: its folder tree lists exactly the packages of
pipelines/ and schemas/, and its asset graph holds every asset of the definitions, in its group,
with every dependency and no other."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARCHITECTURE = REPO / "docs" / "ARCHITECTURE.md"
TREE_LINE = re.compile(r"^((?:[│ ]   )*)([├└]── )?([A-Za-z_]\w*)/(?:\s+(\S.*))?$")


def fenced(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", text, flags=re.M | re.S)


def packages(root: Path = REPO) -> set[str]:
    """Dotted names of the folders with an __init__.py under pipelines/ and schemas/."""
    return {
        ".".join(init.parent.relative_to(root).parts)
        for top in ("pipelines", "schemas")
        for init in (root / top).rglob("__init__.py")
    }


def tree_packages(block: str) -> dict[str, str]:
    """The folders a tree picture lists, as dotted names, each with its one-line role."""
    found: dict[str, str] = {}
    path: list[str] = []
    for line in block.splitlines():
        m = TREE_LINE.match(line)
        assert m, f"not a line of the folder tree: {line!r}"
        indent, branch, name, role = m.groups()
        depth = len(indent) // 4 + 1 if branch else 0
        assert depth <= len(path), f"{name}/ is nested under no folder"
        path = [*path[:depth], name]
        found[".".join(path)] = role or ""
    return found


def the_tree() -> str:
    blocks = [b for b in fenced(ARCHITECTURE.read_text(encoding="utf-8"), "text")]
    trees = [b for b in blocks if b.startswith("pipelines/")]
    assert len(trees) == 1, "docs/ARCHITECTURE.md has one folder tree, starting at pipelines/"
    return trees[0]


def test_the_folder_tree_lists_every_package_and_no_other() -> None:
    drawn = tree_packages(the_tree())
    real = packages()
    missing, extra = sorted(real - set(drawn)), sorted(set(drawn) - real)
    assert not missing, f"packages missing from docs/ARCHITECTURE.md's tree: {missing}"
    assert not extra, f"in docs/ARCHITECTURE.md's tree, not packages: {extra}"
    assert all(drawn.values()), f"without a role: {[k for k, v in drawn.items() if not v]}"


def test_the_tree_reader_sees_nesting_and_a_missing_package(tmp_path: Path) -> None:
    block = "pipelines/   a\n├── raw/   b\n│   └── pdf/   c\n└── cli/   d\nschemas/   e"
    assert tree_packages(block) == {
        "pipelines": "a",
        "pipelines.raw": "b",
        "pipelines.raw.pdf": "c",
        "pipelines.cli": "d",
        "schemas": "e",
    }
    for folder in ("pipelines/raw/pdf", "pipelines/cli", "pipelines/new", "schemas"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "__init__.py").touch()
    (tmp_path / "pipelines" / "__init__.py").touch()
    (tmp_path / "pipelines" / "raw" / "__init__.py").touch()
    assert packages(tmp_path) - set(tree_packages(block)) == {"pipelines.new"}


def mermaid_graph(
    block: str,
) -> tuple[dict[str, list[str]], dict[str, set[str]], set[tuple[str, str]]]:
    """Nodes with the subgraphs around them (outermost first), each subgraph's nodes, and the
    edges, from the small part of mermaid's flowchart syntax the picture uses."""
    nodes: dict[str, list[str]] = {}
    members: dict[str, set[str]] = {}
    edges: set[tuple[str, str]] = set()
    stack: list[str] = []
    for raw in block.splitlines()[1:]:
        line = raw.strip()
        if m := re.fullmatch(r"subgraph (\w+)(\[.*\])?", line):
            stack.append(m.group(1))
            members[m.group(1)] = set()
        elif line == "end":
            stack.pop()
        elif m := re.fullmatch(r"(\w+) --> (\w+)", line):
            edges.add((m.group(1), m.group(2)))
        elif m := re.fullmatch(r"(\w+)(\[\[.*\]\]|\[.*\])?", line):
            nodes[m.group(1)] = list(stack)
            for s in stack:
                members[s].add(m.group(1))
        else:
            raise AssertionError(f"a line the picture's reader does not know: {line!r}")
    assert not stack, "a subgraph without its end"
    return nodes, members, edges


def test_the_asset_graph_picture_is_the_definitions() -> None:
    from pipelines.orchestration.definitions import defs

    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string(): graph.get(k) for k in graph.get_all_asset_keys()}
    real_edges = {(p.to_user_string(), k) for k, node in keys.items() for p in node.parent_keys}

    pictures = [b for b in fenced(ARCHITECTURE.read_text(encoding="utf-8"), "mermaid")]
    assert len(pictures) == 1 and pictures[0].startswith("flowchart")
    nodes, members, edges = mermaid_graph(pictures[0])
    assert not set(keys) - set(nodes), (
        f"assets not in the picture: {sorted(set(keys) - set(nodes))}"
    )
    assert not set(nodes) - set(keys), f"pictured, not assets: {sorted(set(nodes) - set(keys))}"

    def group(node: str) -> str:
        groups = [s.removeprefix("group_") for s in nodes[node] if s.startswith("group_")]
        assert len(groups) == 1, f"{node} is in no group box, or in two"
        return groups[0]

    assert {k: group(k) for k in keys} == {k: n.group_name for k, n in keys.items()}

    def ends(name: str) -> set[str]:
        return members.get(name) or {name}

    drawn = {(a, b) for src, dst in edges for a in ends(src) for b in ends(dst)}
    assert not real_edges - drawn, f"dependencies not drawn: {sorted(real_edges - drawn)}"
    assert not drawn - real_edges, f"drawn, not dependencies: {sorted(drawn - real_edges)}"


def test_the_mermaid_reader_expands_a_box_into_its_assets() -> None:
    block = (
        'flowchart LR\n    subgraph group_a["a"]\n        x[["x: partitioned"]]\n'
        "        subgraph inner\n            y\n            z\n        end\n    end\n"
        "    w\n    x --> inner\n    inner --> w\n"
    )
    nodes, members, edges = mermaid_graph(block)
    assert nodes == {
        "x": ["group_a"],
        "y": ["group_a", "inner"],
        "z": ["group_a", "inner"],
        "w": [],
    }
    assert members == {"group_a": {"x", "y", "z"}, "inner": {"y", "z"}}
    assert edges == {("x", "inner"), ("inner", "w")}
