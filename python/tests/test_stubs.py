"""The Python face as a type checker and `help()` see it: the stubs equal the runtime, a typed
script checks, every public name says what it is."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

import dechaff
from conftest import REPO

pytest.importorskip("mypy")

PYTHON = REPO / "python"


def test_the_stubs_equal_the_runtime(tmp_path):
    run = subprocess.run(
        [
            sys.executable, "-m", "mypy.stubtest", "dechaff",
            "--mypy-config-file", str(PYTHON / "pyproject.toml"),
            "--allowlist", str(PYTHON / "stubtest-allowlist.txt"),
        ],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_typed_script_checks(tmp_path):
    script = tmp_path / "typed.py"
    script.write_text(
        "import dechaff\n"
        'rules: list[dechaff.Rule] = [{"name": "council", "phrases": ["Councillors said"]}]\n'
        "cleaner = dechaff.Cleaner(rules=rules, input='page', learned=False, threads=2)\n"
        "cleaned = cleaner.clean('text')\n"
        "title: str | None = cleaned.title\n"
        "table = dechaff.clean_table({'text': ['a']}, cleaner=cleaner)\n"
        "kept: list[bool] = [block.kept for block in cleaned.blocks]\n"
        "signals: list[str | None] = [block.signals for block in cleaned.blocks]\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", str(PYTHON / "pyproject.toml"), str(script)],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr


def _public_names():
    """Every public name of the package, and every public attribute of its classes."""
    for name in dechaff.__all__:
        obj = getattr(dechaff, name)
        if name.startswith("__"):
            continue
        yield name, obj
        if inspect.isclass(obj):
            for attr, member in vars(obj).items():
                if not attr.startswith("_"):
                    yield f"{name}.{attr}", member
    from dechaff.datatrove import DechaffFilter

    yield "datatrove.DechaffFilter", DechaffFilter


def test_every_public_name_has_a_docstring():
    pytest.importorskip("datatrove")
    missing = [name for name, obj in _public_names() if not (inspect.getdoc(obj) or "").strip()]
    assert missing == []
