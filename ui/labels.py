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


def rating_label(label: str | None) -> str:
    """A rating's name in the analyst's language when it is one of the default scale's (each
    workspace stores those in English, app/migrations 0002); a scale the organisation wrote
    itself is shown as it is written."""
    if not label:
        return label or ""
    return {
        "True": QCoreApplication.translate("ratings", "True"),
        "Mostly true": QCoreApplication.translate("ratings", "Mostly true"),
        "Misleading": QCoreApplication.translate("ratings", "Misleading"),
        "Mostly false": QCoreApplication.translate("ratings", "Mostly false"),
        "False": QCoreApplication.translate("ratings", "False"),
        "Unproven": QCoreApplication.translate("ratings", "Unproven"),
    }.get(label, label)


def rating_description(description: str | None) -> str:
    """A rating's description, translated when it is the default scale's."""
    if not description:
        return description or ""
    return {
        "The claim is accurate and nothing significant is missing.": QCoreApplication.translate(
            "ratings", "The claim is accurate and nothing significant is missing."
        ),
        "The claim is accurate but needs clarification or additional information.": QCoreApplication.translate(
            "ratings", "The claim is accurate but needs clarification or additional information."
        ),
        "The claim contains accurate elements but leaves a false impression.": QCoreApplication.translate(
            "ratings", "The claim contains accurate elements but leaves a false impression."
        ),
        "The claim contains an element of truth but ignores critical facts.": QCoreApplication.translate(
            "ratings", "The claim contains an element of truth but ignores critical facts."
        ),
        "The claim is not accurate.": QCoreApplication.translate("ratings", "The claim is not accurate."),
        "The evidence available does not allow the claim to be confirmed or refuted.": QCoreApplication.translate(
            "ratings", "The evidence available does not allow the claim to be confirmed or refuted."
        ),
    }.get(description, description)


def in_quotes(text: str) -> str:
    """`text` in the quotation marks of the analyst's language: “…” in English, «…» in Ukrainian."""
    return QCoreApplication.translate("quotes", "“%1”").replace("%1", text)
