"""Words the window shows for the domain's stored values, all through tr()."""

from PySide6.QtCore import QCoreApplication

from app.models import ClaimStatus, EvidenceKind, SourceKind, Stance


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_label(value: str) -> str:
    return {
        ClaimStatus.NEW: _tr("New"),
        ClaimStatus.RESEARCHING: _tr("Researching"),
        ClaimStatus.IN_REVIEW: _tr("In review"),
        ClaimStatus.DONE: _tr("Done"),
    }.get(value, value)


def stance_label(value: str) -> str:
    return {
        Stance.SUPPORTS: _tr("Supports"),
        Stance.REFUTES: _tr("Refutes"),
        Stance.CONTEXT: _tr("Context"),
    }.get(value, value)


def source_kind_label(value: str) -> str:
    return {
        SourceKind.ARTICLE: _tr("Article"),
        SourceKind.STATEMENT: _tr("Statement"),
        SourceKind.TRANSCRIPT: _tr("Transcript"),
        SourceKind.POST: _tr("Post"),
        SourceKind.OTHER: _tr("Other"),
    }.get(value, value)


def evidence_kind_label(value: str) -> str:
    return {
        EvidenceKind.DOCUMENT: _tr("Document"),
        EvidenceKind.WEB_PAGE: _tr("Web page"),
        EvidenceKind.DATASET: _tr("Dataset"),
        EvidenceKind.STATEMENT: _tr("Statement"),
        EvidenceKind.MEDIA: _tr("Photo or video"),
        EvidenceKind.OTHER: _tr("Other"),
    }.get(value, value)


STANCE_COLOURS = {Stance.SUPPORTS: "#2E7D32", Stance.REFUTES: "#C62828", Stance.CONTEXT: "#546E7A"}
