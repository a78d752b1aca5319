"""The README documents every command, and every command's help has an example."""

import re
from pathlib import Path

import pytest

from geo.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
SUBCOMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_command_is_in_the_readme(command):
    assert re.search(rf"\bgeo {command}\b", README)


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_command_has_an_example(command):
    action = build_parser()._subparsers._group_actions[0]
    helps = {a.dest: a.help for a in action._choices_actions}
    assert "Example: geo " in helps[command]


def test_quick_start_is_two_commands():
    block = README.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^\s*(pip install .*)$", block, re.M)
    assert commands == ["pip install . && geo run", "pip install '.[test]' && pytest"]


def test_no_module_constant_is_defined_twice():
    # a second definition of a module's constant silently replaces the first for
    # every function that reads it (as `_THEY_DID` once did in geo.incidents)
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "geo"
    twice = []
    for path in sorted(package.glob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = (
                node.targets
                if isinstance(node, ast.Assign)
                else [node.target]
                if isinstance(node, ast.AnnAssign) and node.value is not None
                else []
            )
            for target in targets:
                if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                    if target.id in seen:
                        twice.append(f"{path.name}: {target.id}")
                    seen.add(target.id)
    assert twice == []
