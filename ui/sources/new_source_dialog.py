"""New source from pasted text: the article's text and what is known about where it came from."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import FactdeskError
from app.intake import read_text
from app.models import Source, SourceKind
from ui.labels import source_kind_label
from ui.widgets import DateField, ProblemLabel, url_problem

LANGUAGES = (("", "—"), ("en", "English"), ("uk", "Українська"), ("ru", "Русский"))


def plausible_source_text(text: str) -> bool:
    """A clipboard text worth offering as a new source: three words or more, not a lone link or path."""
    if len(text.split()) < 3:
        return False
    one_line = "\n" not in text
    return not (one_line and text.startswith(("http://", "https://", "file:/", "/")))


def language_name(code: str) -> str:
    """A language's name in the analyst's language ("англійська (en)" in the Ukrainian window)."""
    return {
        "en": QCoreApplication.translate("SourceDialog", "English"),
        "uk": QCoreApplication.translate("SourceDialog", "Ukrainian"),
        "ru": QCoreApplication.translate("SourceDialog", "Russian"),
    }.get(code, "")
HUGE_PARAGRAPH = 100_000  # characters: a pasted text with a paragraph this long is kept aside, not edited
_HUGE_PARAGRAPH = re.compile(rf"^[^\n]{{{HUGE_PARAGRAPH},}}", re.MULTILINE)
PREVIEW_CHARS = 2_000


class SourceTextEdit(QPlainTextEdit):
    """The text box of a new source.

    Qt lays a paragraph out as a whole at every change, so a 4-million-character single line took
    1.5 s to paste and again at each keystroke. A text with a paragraph of HUGE_PARAGRAPH characters
    or more is therefore kept aside: the box shows its beginning, read-only, and the whole text is
    what the source gets. Pasting again replaces it.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._held: str | None = None

    def set_text(self, text: str) -> None:
        if _HUGE_PARAGRAPH.search(text) is None:
            self._held = None
            self.setReadOnly(False)
            self.setPlainText(text)
            return
        self._held = text
        self.setReadOnly(True)
        note = self.tr(
            "[%1 characters in all: a paragraph is too long to edit here. The whole text will be imported.]"
        ).replace("%1", QLocale().toString(len(text)))
        self.setPlainText(f"{text[:PREVIEW_CHARS]} …\n\n{note}")

    def plain_text(self) -> str:
        """The source's text: what the box holds, or the long text kept aside."""
        return self._held if self._held is not None else self.toPlainText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            text = source.text()
            if _HUGE_PARAGRAPH.search(text) is not None:
                self.set_text(text)
                return
        super().insertFromMimeData(source)


class SourceDialog(QDialog):
    """Create a source from text, or (with `source`) edit its details; the text of an existing
    source is never edited, since claims point into it."""

    def __init__(self, *, source: Source | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Source Details") if source else self.tr("New Source from Text"))
        self.resize(720, 640 if source is None else 320)
        self.title = QLineEdit(objectName="source_title")
        self.kind = QComboBox(objectName="source_kind")
        for kind in SourceKind:
            self.kind.addItem(source_kind_label(kind), kind.value)
        self.outlet = QLineEdit(objectName="source_outlet")
        self.author = QLineEdit(objectName="source_author")
        self.url = QLineEdit(objectName="source_url", placeholderText="https://…")
        self.published = DateField(objectName="source_published")
        self.language = QComboBox(objectName="source_language", editable=True)
        for code, name in LANGUAGES:
            name = language_name(code) or name
            self.language.addItem(f"{name} ({code})" if code else name, code)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Outlet:"), self.outlet)
        form.addRow(self.tr("&Author:"), self.author)
        form.addRow(self.tr("&URL:"), self.url)
        form.addRow(self.tr("&Published:"), self.published)
        form.addRow(self.tr("&Language:"), self.language)

        self.text: QPlainTextEdit | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if source is None:
            self.text = SourceTextEdit(objectName="source_text")
            self.text.setPlaceholderText(self.tr("Paste the article's text here"))
            self.text.setTabChangesFocus(True)
            paste = QPushButton(self.tr("Paste from Clipboard"), objectName="source_paste")
            paste.clicked.connect(self._paste)
            layout.addWidget(QLabel(self.tr("Te&xt:"), buddy=self.text))
            layout.addWidget(self.text, 1)
            layout.addWidget(paste)
            self.text.textChanged.connect(self._guess_title)
        else:
            self.title.setText(source.title)
            self.kind.setCurrentIndex(self.kind.findData(source.kind))
            self.outlet.setText(source.outlet)
            self.author.setText(source.author)
            self.url.setText(source.url)
            self.published.set_date(source.published)
            index = self.language.findData(source.language)
            if index >= 0:
                self.language.setCurrentIndex(index)
            else:
                self.language.setEditText(source.language)
        self.error = ProblemLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._title_guessed = ""

    def _paste(self) -> None:
        """The clipboard's text; when it holds a web page's or document's rich form, the clean text
        read from that (no menus, no scripts), and its title if the analyst has not typed one."""
        mime = QGuiApplication.clipboard().mimeData()
        plain = mime.text() if mime is not None else ""
        if mime is None or not mime.hasHtml():
            self.text.set_text(plain)
            return
        try:
            result = read_text(plain, html=mime.html())
        except (FactdeskError, ValueError):
            self.text.set_text(plain)
            return
        untitled = self.title.text() == self._title_guessed  # empty, or only guessed from the text
        self.text.set_text(result.text)
        if untitled and result.title:
            self._title_guessed = result.title[:120]
            self.title.setText(self._title_guessed)

    def prefill_from_clipboard(self) -> bool:
        """Start with the clipboard's text when it plausibly is a text to check (a few words at
        least, not a link or a file path), selected, so typing or pasting replaces it. True if so."""
        mime = QGuiApplication.clipboard().mimeData()
        plain = mime.text().strip() if mime is not None and mime.hasText() else ""
        if not plausible_source_text(plain):
            return False
        self._paste()
        self.text.selectAll()
        self.text.setFocus()
        return bool(self.text.toPlainText().strip())

    def _guess_title(self) -> None:
        """Offer the text's first line as the title until the analyst types one."""
        if self.title.text() != self._title_guessed:
            return
        block = self.text.document().firstBlock()  # the top lines only: the text may run to millions of characters
        while block.isValid() and not block.text().strip():
            block = block.next()
        first = block.text().strip() if block.isValid() else ""
        self._title_guessed = first[:120]
        self.title.setText(self._title_guessed)

    def fields(self) -> dict[str, Any]:
        language = (
            self.language.currentData()
            if self.language.currentText() == self.language.itemText(self.language.currentIndex())
            else self.language.currentText()
        )
        values = {
            "title": self.title.text(),
            "kind": self.kind.currentData(),
            "outlet": self.outlet.text(),
            "author": self.author.text(),
            "url": self.url.text(),
            "published": self.published.date(),
            "language": (language or "").strip(),
        }
        if self.text is not None:
            values["text"] = self.text.plain_text()
        return values

    def accept(self) -> None:
        if self.text is not None and not self.text.plain_text().strip():
            problem = self.tr("Paste or type the text to check.")
        elif not self.title.text().strip():
            problem = self.tr("Give the source a title.")
        else:
            problem = url_problem(self.url.text()) or self.published.problem()
        if not self.error.say(problem):
            super().accept()
