"""Words the window shows for the domain's stored values, all through tr()."""

from PySide6.QtCore import QCoreApplication

from app.models import ClaimStatus, EvidenceKind, SourceKind, Stance


def status_label(value: str) -> str:
    return {
        ClaimStatus.NEW: QCoreApplication.translate("labels", "New"),
        ClaimStatus.RESEARCHING: QCoreApplication.translate("labels", "Researching"),
        ClaimStatus.IN_REVIEW: QCoreApplication.translate("labels", "In review"),
        ClaimStatus.DONE: QCoreApplication.translate("labels", "Done"),
    }.get(value, value)


def stance_label(value: str) -> str:
    return {
        Stance.SUPPORTS: QCoreApplication.translate("labels", "Supports"),
        Stance.REFUTES: QCoreApplication.translate("labels", "Refutes"),
        Stance.CONTEXT: QCoreApplication.translate("labels", "Context"),
    }.get(value, value)


def source_kind_label(value: str) -> str:
    return {
        SourceKind.ARTICLE: QCoreApplication.translate("labels", "Article"),
        SourceKind.STATEMENT: QCoreApplication.translate("labels", "Statement"),
        SourceKind.TRANSCRIPT: QCoreApplication.translate("labels", "Transcript"),
        SourceKind.POST: QCoreApplication.translate("labels", "Post"),
        SourceKind.OTHER: QCoreApplication.translate("labels", "Other"),
    }.get(value, value)


def evidence_kind_label(value: str) -> str:
    return {
        EvidenceKind.DOCUMENT: QCoreApplication.translate("labels", "Document"),
        EvidenceKind.WEB_PAGE: QCoreApplication.translate("labels", "Web page"),
        EvidenceKind.DATASET: QCoreApplication.translate("labels", "Dataset"),
        EvidenceKind.STATEMENT: QCoreApplication.translate("labels", "Statement"),
        EvidenceKind.MEDIA: QCoreApplication.translate("labels", "Photo or video"),
        EvidenceKind.OTHER: QCoreApplication.translate("labels", "Other"),
    }.get(value, value)


STANCE_COLOURS = {Stance.SUPPORTS: "#2E7D32", Stance.REFUTES: "#C62828", Stance.CONTEXT: "#546E7A"}
