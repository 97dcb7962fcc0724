"""A process that imports Factdesk once and forks a worker per request, so each of the many runs of
the kill tests starts in a few milliseconds instead of the second an import of SQLAlchemy costs.

Lines on stdin, answers on stdout:
    run <job> <json kwargs>  ->  pid <pid>      (forks; the child runs jobs.<job>(**kwargs), then exits)
    wait <pid>               ->  exit <status>  (reaps the child: its raw wait status)
The children report through files of their own (see jobs.py), never through this pipe.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE)]

import jobs  # noqa: E402  (imports the services, SQLAlchemy and python-docx once, here)


def main() -> None:
    jobs.warm_up()
    for line in sys.stdin:
        verb, _, rest = line.strip().partition(" ")
        if verb == "run":
            job, _, kwargs = rest.partition(" ")
            pid = os.fork()
            if pid == 0:
                _child(job, json.loads(kwargs))
            print(f"pid {pid}", flush=True)
        elif verb == "wait":
            _, status = os.waitpid(int(rest), 0)
            print(f"exit {status}", flush=True)


def _child(job: str, kwargs: dict) -> None:
    code = 0
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)  # the pipe to the tests is the zygote's, not ours
        getattr(jobs, job)(**kwargs)
    except BaseException as exc:  # reported; the child ends either way
        code = 1
        os.write(2, f"zygote child {job}: {type(exc).__name__}: {exc}\n".encode())
    finally:
        os._exit(code)


if __name__ == "__main__":
    main()
