"""Every public function, method and class of the package has a docstring (design review).

Public is a name that does not start with `_`: module-level functions and classes, and the
methods of classes, the methods of a private class included (its name says nothing about theirs).
Functions defined inside a function body are local and not counted. A property's setter or
deleter shares the getter's docstring.

The files in `TO_DO` are still being documented; each is listed by path so the list can only
shrink: a listed file that is complete, or gone, fails too, and is then taken off the list.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "bhxh_cli"

# Files whose public functions, methods and classes do not all have a docstring yet.
TO_DO: frozenset[str] = frozenset(
    {
        "src/bhxh_cli/cli/application.py",
        "src/bhxh_cli/cli/group.py",
        "src/bhxh_cli/cli/output.py",
        "src/bhxh_cli/cli/quota.py",
        "src/bhxh_cli/cli/quota_request.py",
        "src/bhxh_cli/datafile/files.py",
        "src/bhxh_cli/quota/plan.py",
    }
)

Definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


def _accessor(node: Definition) -> bool:
    """Whether `node` is a property's setter or deleter, documented by its getter."""
    return any(
        isinstance(d, ast.Attribute) and d.attr in {"setter", "deleter"}
        for d in node.decorator_list
    )


def _definitions(body: list[ast.stmt], prefix: str = "") -> Iterator[tuple[str, Definition]]:
    """Each function, method and class of a module or class body by qualified name, including
    those under `if` and `try` (such as `if TYPE_CHECKING:`), but not inside function bodies."""
    for node in body:
        if isinstance(node, Definition):
            yield prefix + node.name, node
            if isinstance(node, ast.ClassDef):
                yield from _definitions(node.body, f"{prefix}{node.name}.")
        elif isinstance(node, ast.If | ast.Try):
            for block in (node.body, node.orelse, getattr(node, "finalbody", [])):
                yield from _definitions(block, prefix)


def undocumented(source: str) -> list[str]:
    """The qualified names, with their lines, of the public definitions without a docstring."""
    return [
        f"{name} (line {node.lineno})"
        for name, node in _definitions(ast.parse(source).body)
        if not node.name.startswith("_") and not _accessor(node) and ast.get_docstring(node) is None
    ]


def _modules() -> list[str]:
    return sorted(path.relative_to(ROOT).as_posix() for path in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("module", [m for m in _modules() if m not in TO_DO])
def test_every_public_definition_has_a_docstring(module: str) -> None:
    missing = undocumented((ROOT / module).read_text(encoding="utf-8"))
    assert not missing, f"{module}: no docstring for {', '.join(missing)}"


@pytest.mark.parametrize("module", sorted(TO_DO))
def test_a_file_still_to_do_is_not_complete(module: str) -> None:
    path = ROOT / module
    assert path.is_file(), f"{module} is gone: take it off TO_DO"
    missing = undocumented(path.read_text(encoding="utf-8"))
    assert missing, f"{module} is complete: take it off TO_DO"


def test_the_check_sees_what_a_docstring_is_missing_from() -> None:
    source = '''
def shown(): pass
def _hidden(): pass
class Shown:
    def method(self): pass
    def __init__(self): pass
    @property
    def value(self):
        """The value."""
    @value.setter
    def value(self, new): pass
class _Hidden:
    def method(self): pass
if True:
    def guarded(): pass
def outer():
    """A function whose own helpers are local."""
    def inner(): pass
'''
    assert [name.split(" ")[0] for name in undocumented(source)] == [
        "shown",
        "Shown",
        "Shown.method",
        "_Hidden.method",
        "guarded",
    ]
