"""The test files themselves: a test function defined twice in one module silently shadows the first one, which
then never runs (pytest collects the last definition only)."""

import ast
from collections import Counter
from pathlib import Path


def test_no_test_function_is_defined_twice_in_a_module():
    twice = {}
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        names = Counter(node.name for node in ast.parse(path.read_text(encoding="utf-8")).body
                        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"))
        if dup := sorted(n for n, c in names.items() if c > 1):
            twice[path.name] = dup
    assert not twice, twice
