"""Every file of the outside test corpus (../shared/corpus: 150 files from other projects' test
suites) is imported through the service, as the window and `factdesk import` do: each is either a
source or refused with a message that names it; never a traceback, a hang, or pdfminer's chatter on
standard error. Some files are checked for what they must give.

The whole corpus is about a minute of PDF parsing, so that test carries the `corpus` marker:
`.ci/run` runs it as a step of its own (`uv run pytest -m corpus`); the few quick checks of
particular files run with the default suite. Each skips when the corpus is not there.
"""

from __future__ import annotations

import concurrent.futures
import time
from pathlib import Path

import pytest

from app.errors import FactdeskError
from app.intake import PasswordNeeded, read_file
from app.services.intake import import_file
from app.workspace import Workspace

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
FILES = sorted(p for p in CORPUS.glob("*/*") if p.is_file()) if CORPUS.is_dir() else []
HANG_S = 90  # the PDF reader stops itself at its own limit, well before this


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.fixture(scope="module")
def corpus_ws(tmp_path_factory):
    if not FILES:
        pytest.skip(f"the outside test corpus is not at {CORPUS} (a copy of shared/ beside the clone)")
    with Workspace.create(tmp_path_factory.mktemp("corpus") / "corpus.factdesk", user="tester") as ws:
        yield ws


def _import(ws: Workspace, path: Path):
    """import_file's outcome or the FactdeskError it refused with; fails on a hang."""
    pool = concurrent.futures.ThreadPoolExecutor(1)
    future = pool.submit(import_file, ws, path)
    try:
        return future.result(timeout=HANG_S)
    except FactdeskError as exc:
        return exc
    except concurrent.futures.TimeoutError:
        pytest.fail(f"importing {_id(path)} hung for more than {HANG_S} s")
    finally:
        pool.shutdown(wait=False)


@pytest.mark.corpus
@pytest.mark.parametrize("path", FILES or [None], ids=_id if FILES else None)
def test_each_file_is_imported_or_refused_by_name(corpus_ws, path, capfd):
    started = time.monotonic()
    outcome = _import(corpus_ws, path)  # any other exception is a traceback: the test fails with it
    err = capfd.readouterr().err
    assert err == "", f"{_id(path)} printed to standard error: {err[:500]}"
    if isinstance(outcome, FactdeskError):
        message = str(outcome)
        assert message.startswith(f"{path.name} was not imported: "), message
        assert len(message) > len(path.name) + 30, message  # a reason, in words
        assert "Traceback" not in message
    else:
        assert outcome.source_id > 0 and outcome.title.strip()
    assert time.monotonic() - started < HANG_S


def _corpus(*parts: str) -> Path:
    path = CORPUS.joinpath(*parts)
    if not path.is_file():
        pytest.skip(f"the outside test corpus is not at {CORPUS}")
    return path


def test_a_chrome_page_with_an_unfolded_header_line_is_read():
    result = read_file(_corpus("mhtml", "mhtml2html-portfolio.mhtml"))
    assert result.title == "Max Sindwani"
    assert result.url == "http://msindwan.bitbucket.org/"
    assert "software engineering student" in result.text


@pytest.mark.parametrize(
    "name",
    ["pdfjs-issue18986-no-trailer.pdf", pytest.param("pdfjs-bug1978317-no-trailer.pdf", marks=pytest.mark.corpus)],
)
def test_a_pdf_without_a_trailer_is_called_damaged_not_a_scan(name):
    with pytest.raises(FactdeskError) as caught:
        read_file(_corpus("pdf", name))
    message = str(caught.value)
    assert "damaged" in message and "trailer" in message
    assert "scan" not in message and "OCR" not in message


def test_a_scan_is_still_called_a_scan():
    with pytest.raises(FactdeskError, match=r"no text layer.*OCR"):
        read_file(_corpus("pdf", "pdfjs-ru-inspection-scan-no-text.pdf"))


@pytest.mark.parametrize("name", ["pdfminer-evil-xobjects.pdf", "pdfjs-operator-list-cycle.pdf"])
def test_pdfminer_warnings_do_not_reach_standard_error(name, capfd):
    with pytest.raises(FactdeskError, match="damaged"):
        read_file(_corpus("pdf", name))
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize(
    ("name", "password"),
    [("sf-libreoffice-writer-password.pdf", "openpassword"), ("pdfminer-rc4-40-user-password.pdf", "baz")],
)
def test_protected_pdfs_of_the_corpus_ask_for_their_password_and_open_with_it(name, password):
    with pytest.raises(PasswordNeeded):
        read_file(_corpus("pdf", name))
    assert read_file(_corpus("pdf", name), password=password).text.strip()
