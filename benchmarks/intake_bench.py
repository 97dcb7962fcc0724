"""Source intake under load: time and peak memory (resident set) of each case, each run in a
fresh interpreter so one case's peak does not hide another's.

    uv run python benchmarks/intake_bench.py            # all cases
    uv run python benchmarks/intake_bench.py zip_bomb   # one case

Prints one line per case: what happened, seconds, peak RSS of the process (MB) and the growth of
the peak over a bare `import app.intake` in the same kind of process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "tests" / "data"

PRELUDE = textwrap.dedent(
    """
    import io, json, resource, sys, tempfile, time, zipfile
    from pathlib import Path
    sys.path.insert(0, {root!r})
    import app.intake
    from app.errors import ValidationError
    from app.intake import read_bytes, read_file

    def rss_mb():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    PATHS = {paths!r}
    tmp = Path(tempfile.mkdtemp())
    base = rss_mb()
    """
)

CASES = {
    "baseline": "outcome = 'imported app.intake'",
    "zip_bomb": """
        W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            with archive.open("word/document.xml", "w") as part:
                part.write(f'<w:document xmlns:w="{W}"><w:body>'.encode())
                for _ in range(150):
                    part.write(b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 30_000)
                part.write(b"</w:body></w:document>")
        bomb = buffer.getvalue()
        base = rss_mb()
        started = time.perf_counter()
        try:
            read_bytes(bomb, "bomb.docx")
            outcome = "IMPORTED (wrong)"
        except ValidationError as exc:
            outcome = f"refused ({len(bomb) / 1e6:.2f} MB that unpacks to 150 MB): " + str(exc).split(": ", 1)[1][:50]
        seconds = time.perf_counter() - started
    """,
    "text_50mb": """
        line = b"The ministry said that 185,000 contract soldiers were recruited in 2023, a figure nobody checked.\\n"
        path = tmp / "big.txt"
        path.write_bytes(line * (50_000_000 // len(line)))
        started = time.perf_counter()
        try:
            read_file(path)
            outcome = "IMPORTED"
        except ValidationError as exc:
            outcome = "refused: " + str(exc).split(": ", 1)[1][:60]
        seconds = time.perf_counter() - started
    """,
    "text_50mb_cp1251": """
        line = "Міністерство заявило, що у 2023 році армія прийняла 185 тисяч контрактників, але це не перевірено.\\n"
        path = tmp / "big-1251.txt"
        data = line.encode("cp1251")
        path.write_bytes(data * (50_000_000 // len(data)))
        started = time.perf_counter()
        try:
            read_file(path)
            outcome = "IMPORTED"
        except ValidationError as exc:
            outcome = "refused: " + str(exc).split(": ", 1)[1][:60]
        seconds = time.perf_counter() - started
    """,
    "text_19m_chars_into_workspace": """
        from app.services.intake import import_file
        from app.workspace import Workspace
        line = "Міністерство заявило, що у 2023 році армія прийняла 185 тисяч контрактників, але це не перевірено.\\n"
        path = tmp / "nearly-the-limit.txt"
        path.write_bytes((line * (19_000_000 // len(line))).encode("cp1251"))
        ws = Workspace.create(tmp / "bench.factdesk")
        started = time.perf_counter()
        result = import_file(ws, path)
        seconds = time.perf_counter() - started
        found = result.summary
        outcome = f"imported as source #{result.source_id}: {found['characters']:,} characters, {found['encoding']}"
        ws.close()
    """,
    "line_4m_chars_read_and_suggest": """
        from app.intake.suggest import suggest
        sentence = "The ministry said that prices rose by 20 percent in 2023 according to Rosstat data, "
        path = tmp / "one-line.txt"
        path.write_bytes((sentence * (4_000_000 // len(sentence) + 1))[:4_000_000].encode())
        started = time.perf_counter()
        result = read_file(path)
        top = suggest(result.text, result.language)
        seconds = time.perf_counter() - started
        outcome = f"read and ranked: {len(result.text):,} characters, top {len(top)} suggestions"
    """,
    **{
        f"sample_{kind}": (
            f"started = time.perf_counter(); r = read_file(PATHS[{kind!r}]); seconds = time.perf_counter() - started\n"
            f"outcome = f'{{len(r.text):,}} characters{note}'"
        )
        for kind, note in (
            ("txt", ""),
            ("docx", ""),
            ("pdf", " (the child process included)"),
            ("html", " (importing trafilatura included)"),
        )
    },
}


def run(name: str) -> dict:
    body = textwrap.dedent(CASES[name])
    paths = {
        "txt": str(SAMPLES / "weekly-review-2023-07-09.txt"),
        "docx": str(SAMPLES / "intake" / "weekly-review-2023-07-09.docx"),
        "pdf": str(SAMPLES / "intake" / "weekly-review-2023-07-09.pdf"),
        "html": str(SAMPLES / "intake" / "weekly-review-2023-07-09.html"),
    }
    code = (
        PRELUDE.format(root=str(ROOT), paths=paths)
        + "seconds = 0.0\n"
        + "if __name__ == '__main__':\n"
        + textwrap.indent(body, "    ")
        + "\n    print(json.dumps({'outcome': outcome, 'seconds': seconds, 'peak': rss_mb(), 'base': base}))\n"
    )
    script = ROOT / "benchmarks" / f".bench_{name}.py"
    script.write_text(code, encoding="utf-8")
    try:
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600, check=False)
    finally:
        script.unlink(missing_ok=True)
    if done.returncode != 0:
        return {"outcome": "FAILED: " + done.stderr.strip().splitlines()[-1], "seconds": 0, "peak": 0, "base": 0}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    names = argv or list(CASES)
    print(f"{'case':34} {'seconds':>8} {'peak MB':>8} {'+MB':>6}  outcome")
    for name in names:
        row = run(name)
        print(f"{name:34} {row['seconds']:8.2f} {row['peak']:8.0f} {row['peak'] - row['base']:6.0f}  {row['outcome']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
