"""The runnable blocks of the README and of docs/, run as a user pastes them, so they cannot rot.

A block is runnable when the line before its fence is `<!-- runnable -->` (invisible on a rendered
page). A ```python block is written to a file and run with this interpreter; a ```sh block with bash
(`set -euo pipefail`), the `dechaff` command and this environment's scripts first on PATH. Each runs
in a fresh folder that holds `examples/` and `corpus/` (links to the repository's), `pages.jsonl`
(the corpus as records with `id` and `text`) and `shards/pages.jsonl` (the same), as a user's
working folder would.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

MARK = "<!-- runnable -->"


def runnable_blocks() -> list[tuple[str, int, str, str]]:
    """(file, line, language, code) of every runnable block in the README and docs/."""
    pages = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    blocks = []
    for page in pages:
        lines = page.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if line.strip() != MARK:
                continue
            fence = re.fullmatch(r"```(\w+)", lines[i + 1].strip()) if i + 1 < len(lines) else None
            assert fence, f"{page.name}:{i + 1}: {MARK} must stand right above a fenced block"
            end = next(j for j in range(i + 2, len(lines)) if lines[j].strip() == "```")
            blocks.append((page.relative_to(REPO).as_posix(), i + 2, fence.group(1), "\n".join(lines[i + 2 : end]) + "\n"))
    return blocks


BLOCKS = runnable_blocks()


def test_the_readme_has_runnable_blocks():
    languages = {(file, language) for file, _, language, _ in BLOCKS}
    assert ("README.md", "python") in languages
    assert len(BLOCKS) >= 3, BLOCKS


@pytest.fixture()
def workdir(tmp_path, pages) -> Path:
    for name in ("examples", "corpus"):
        (tmp_path / name).symlink_to(REPO / name)
    records = "".join(json.dumps({"id": name, "text": text}, ensure_ascii=False) + "\n" for name, text in pages)
    (tmp_path / "pages.jsonl").write_text(records, encoding="utf-8")
    (tmp_path / "shards").mkdir()
    (tmp_path / "shards" / "pages.jsonl").write_text(records, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("file,line,language,code", BLOCKS, ids=[f"{f}:{n}" for f, n, _, _ in BLOCKS])
def test_a_runnable_block_runs_as_pasted(file, line, language, code, workdir, cli):
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(cli).parent), str(Path(sys.executable).parent), env.get("PATH", "")])
    if language == "python":
        script = workdir / "block.py"
        script.write_text(code, encoding="utf-8")
        command = [sys.executable, str(script)]
    elif language in ("sh", "bash", "shell"):
        script = workdir / "block.sh"
        script.write_text("set -euo pipefail\n" + code, encoding="utf-8")
        command = [shutil.which("bash") or "/bin/bash", str(script)]
    else:
        pytest.fail(f"{file}:{line}: a runnable block must be python or sh, not {language}")
    done = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{file}:{line} failed:\n{code}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    if "print(" in code:
        assert done.stdout.strip(), f"{file}:{line} printed nothing"
    # A recipe that writes cleaned records wrote them: one per page of the shard, or fewer when a
    # page is left empty and dropped.
    if 'JsonlWriter("cleaned/")' in code:
        import gzip

        records = [
            json.loads(line)
            for path in sorted((workdir / "cleaned").rglob("*.jsonl*"))
            for line in (gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8"))
        ]
        shard = (workdir / "shards" / "pages.jsonl").read_text(encoding="utf-8").splitlines()
        assert 0.9 * len(shard) <= len(records) <= len(shard), f"{file}:{line}: {len(records)} of {len(shard)} records"
        assert all("dechaff" in r.get("metadata", {}) for r in records)
