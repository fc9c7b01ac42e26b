"""Clean a folder of JSONL shards with dechaff in a datatrove pipeline: JSONL in, JSONL out.

    pip install "./python[datatrove]"
    python examples/datatrove_clean.py shards/ cleaned/ --tasks 4 --workers 2

Each document's `text` becomes the cleaned text and `metadata["dechaff"]` holds the title, byline,
authors, dates, language, page type and the blocks removed per reason; documents cleaned to nothing are
dropped. Without arguments it cleans `examples/records.jsonl` into `cleaned/`.

datatrove starts its workers as new processes that import this file again, so the pipeline must
run only under `if __name__ == "__main__":`; without that guard the workers die while starting
and the parent waits for them forever.
"""

from __future__ import annotations

import argparse

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from dechaff.datatrove import DechaffFilter


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", default="examples/", help="folder of .jsonl or .jsonl.gz files")
    parser.add_argument("output", nargs="?", default="cleaned/", help="folder to write the cleaned .jsonl.gz files to")
    parser.add_argument("--tasks", type=int, default=2, help="parts the input files are split into")
    parser.add_argument("--workers", type=int, default=2, help="tasks run at once, one process each")
    parser.add_argument("--logs", default=None, help="datatrove's logging folder (default: a new one under logs/)")
    args = parser.parse_args(argv)

    steps = [
        JsonlReader(args.input, glob_pattern="*.jsonl*"),
        # One process per core already: each cleans on one thread.
        DechaffFilter(threads=1),
        JsonlWriter(args.output),
    ]
    LocalPipelineExecutor(pipeline=steps, tasks=args.tasks, workers=args.workers, logging_dir=args.logs).run()


if __name__ == "__main__":
    main()
