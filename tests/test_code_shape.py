"""The developers' guide's limits on code shape, checked on the package's source.

No function in ``careers_cli/`` over 60 lines (from its ``def`` to its last line), and no
command body over 30 lines (the statements after the docstring of a function decorated
with ``@app.command``). An exception is listed here with its reason, as in the README.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "careers_cli"
FUNCTION_LIMIT = 60
COMMAND_BODY_LIMIT = 30

# "module.py:function" -> why it is longer (the README's Code map names the same).
LONG_FUNCTIONS: dict[str, str] = {}


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]


def _is_command(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Decorated with ``@<app>.command(...)``: a command of the command line."""
    for decorator in function.decorator_list:
        call = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(call, ast.Attribute) and call.attr == "command":
            return True
    return False


def _body_lines(function: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    body = function.body
    if (
        body
        and isinstance(body[0], ast.Expr)
        and isinstance(body[0].value, ast.Constant)
        and isinstance(body[0].value.value, str)
    ):
        body = body[1:]
    if not body:
        return 0
    last = function.end_lineno or body[-1].lineno
    return last - body[0].lineno + 1


def shape_problems(source: str, where: str) -> list[str]:
    """What breaks the limits in one module's source (``where``: its name in messages)."""
    problems = []
    for function in _functions(ast.parse(source)):
        length = (function.end_lineno or function.lineno) - function.lineno + 1
        key = f"{where}:{function.name}"
        if length > FUNCTION_LIMIT and key not in LONG_FUNCTIONS:
            problems.append(f"{key} has {length} lines (limit {FUNCTION_LIMIT})")
        if _is_command(function) and _body_lines(function) > COMMAND_BODY_LIMIT:
            problems.append(
                f"{key}: command body of {_body_lines(function)} lines (limit {COMMAND_BODY_LIMIT})"
            )
    return problems


def test_no_function_over_the_limits() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(PACKAGE).as_posix()
        problems.extend(shape_problems(path.read_text(encoding="utf-8"), where))
    assert problems == []


def test_every_listed_exception_exists() -> None:
    """A function listed as an exception that is gone, or short again, is taken off."""
    for key in LONG_FUNCTIONS:
        where, name = key.split(":")
        tree = ast.parse((PACKAGE / where).read_text(encoding="utf-8"))
        lengths = [
            (f.end_lineno or f.lineno) - f.lineno + 1 for f in _functions(tree) if f.name == name
        ]
        assert lengths and max(lengths) > FUNCTION_LIMIT, key


def test_the_check_sees_a_long_function_and_a_long_command() -> None:
    long_function = "def f():\n" + "    x = 1\n" * FUNCTION_LIMIT
    assert shape_problems(long_function, "m.py") == ["m.py:f has 61 lines (limit 60)"]
    command = '@app.command("c")\ndef c():\n    """Doc."""\n' + "    x = 1\n" * (
        COMMAND_BODY_LIMIT + 1
    )
    assert shape_problems(command, "m.py") == ["m.py:c: command body of 31 lines (limit 30)"]
    short = '@app.command("c")\ndef c():\n    """Doc."""\n' + "    x = 1\n" * COMMAND_BODY_LIMIT
    assert shape_problems(short, "m.py") == []
