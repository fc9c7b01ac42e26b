"""The README's Python example, run as written, so it cannot drift."""

from __future__ import annotations

import os
import re

from conftest import REPO


def test_the_readme_python_example_runs(capsys):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        scope: dict = {}
        exec(compile(code, "README.md", "exec"), scope)
    finally:
        os.chdir(cwd)
    assert len(scope["results"]) == 2 and scope["results"][0].text == scope["cleaner"].clean(scope["page"]).text
    assert scope["cleaned"].text in capsys.readouterr().out
