"""A report as a Word document, written in the organisation's template.

    result = write_docx(build_snapshot(ws, report_id), Path("report.docx"))
    result.missing_styles  # ("Quote",) when the template had no Quote style (a default was used)

The document carries every source a reader needs to repeat the check: each claim with who said
it, when and where (linked), the verdict in its colour and in words, the rationale and the
evidence (linked), the methodology and rating scale, corrections, and an appendix of all sources
and evidence with their access dates. It is written atomically: the old file or the new one,
never a broken one. Importing this module does not import python-docx; exporting does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.atomic import atomic_write, check_target, sweep
from exports.errors import ExportCancelled, ExportError, TargetExists, as_export_errors
from exports.word import DEFAULT_TEMPLATE

if TYPE_CHECKING:
    from exports.report_data import ReportSnapshot

__all__ = ["DEFAULT_TEMPLATE", "DocxResult", "ExportCancelled", "ExportError", "TargetExists", "write_docx"]


@dataclass(frozen=True)
class DocxResult:
    path: Path  # the file written (absolute)
    missing_styles: tuple[str, ...]  # styles the template lacked, e.g. ("Quote",); a default was used
    warnings: tuple[str, ...]  # for the user, in words: what was used instead, what readers cannot open
    claims: int  # how many claims the report carries


def write_docx(
    snapshot: ReportSnapshot,
    target: Path,
    *,
    template: Path | None = None,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DocxResult:
    """Write `snapshot` as a Word document at `target`.

    `template`: a .docx or .dotx whose styles, page, header and footer the report takes (its
    body is left out); None means the snapshot's template, or Factdesk's default.
    `force`: replace an existing `target` (otherwise TargetExists, and the file is untouched).
    `progress(done, total)` is called once before the first claim and after each claim;
    `cancelled()` is asked before each claim and before the file is put in place: when it
    returns True, ExportCancelled is raised and nothing is left behind.

    Raises ValidationError for a template that is not a usable Word document, ExportError when
    the target cannot be written; the old target is then as it was.
    """
    target = Path(target)
    if target.suffix.lower() != ".docx":
        raise ExportError(f"{target.name} does not end in .docx; a Word report is saved as a .docx file.")
    with as_export_errors():
        target = check_target(target, force=force)  # fail before the work, not after it
    chosen = Path(template) if template is not None else _snapshot_template(snapshot)

    from exports.word.writer import CANCELLED, build  # python-docx is imported here, when exporting

    built = build(snapshot, chosen, progress=progress, cancelled=cancelled)
    if cancelled is not None and cancelled():
        raise ExportCancelled(CANCELLED)
    sweep(target.parent)  # what a killed export left behind (never a file another export is writing)
    with as_export_errors(), atomic_write(target, force=force) as fh:
        built.doc.save(fh)
        if cancelled is not None and cancelled():
            raise ExportCancelled(CANCELLED)
    return DocxResult(
        path=target,
        missing_styles=built.missing_styles,
        warnings=built.warnings,
        claims=len(snapshot.claims),
    )


def _snapshot_template(snapshot: ReportSnapshot) -> Path:
    return Path(snapshot.template_path).expanduser() if snapshot.template_path else DEFAULT_TEMPLATE
