"""The core's messages (app.messages) read as English in the CLI and in the analyst's language in
the window, with numbers and sizes in the locale's form; every one of them is in the catalogue."""

import pickle
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from app.errors import NotAWorkspace, ValidationError, WorkspaceLocked
from app.messages import Size, Text, english_size, msg

ROOT = Path(__file__).resolve().parents[1]
UK = ROOT / "resources" / "translations" / "factdesk_uk.ts"


@pytest.fixture
def ukrainian(qapp):
    """The window's language is Ukrainian for the test (Qt's own strings and ours)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine))
    translators = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("factdesk", str(ROOT / "resources" / "translations")),
    ):
        translator = QTranslator()
        assert translator.load(QLocale(), name, "_", folder) or name == "qtbase"
        qapp.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_a_message_is_its_english_sentence_and_keeps_its_parts():
    message = msg("{name} is not a Factdesk workspace.", name="notes.txt")
    assert message == "notes.txt is not a Factdesk workspace." and isinstance(message, str)
    assert message.template == "{name} is not a Factdesk workspace." and message.values == {"name": "notes.txt"}
    copy = pickle.loads(pickle.dumps(message))  # crosses the PDF reader's process boundary
    assert isinstance(copy, Text) and copy.template == message.template and copy == message


def test_english_plurals_numbers_and_sizes():
    assert msg("%n broken character(s) were replaced with �.", n=1) == "1 broken character were replaced with �."
    assert msg("%n byte(s)", n=1234) == "1,234 bytes"
    assert msg("it holds {count} parts", count=12000) == "it holds 12,000 parts"
    assert english_size(200 * 1024 * 1024) == "200 MB" and english_size(5000) == "4.9 KB"
    assert str(msg("the file is {size}", size=Size(3 * 1024**3))) == "the file is 3.0 GB"


def test_errors_from_the_core_are_told_in_ukrainian(ukrainian, tmp_path):
    from app.workspace import check_file
    from ui.messages import words

    not_ours = tmp_path / "нотатки.txt"
    not_ours.write_text("просто текст " * 20, encoding="utf-8")
    with pytest.raises(NotAWorkspace) as info:
        check_file(not_ours)
    assert words(info.value) == "Файл «нотатки.txt» не є робочим простором Factdesk."
    assert str(info.value) == "нотатки.txt is not a Factdesk workspace."  # the CLI and the log keep English


def test_refusals_of_scales_tags_batch_edit_words_attachments_templates_in_ukrainian(ukrainian, tmp_path):
    from app.demo import write_demo
    from app.services import attachments, catalog, claims, similar
    from app.workspace import Workspace
    from exports.word.template import read_template
    from ui.messages import words

    refusals = []
    with Workspace.open(write_demo(tmp_path / "demo.factdesk")) as ws:
        rating = catalog.ratings(ws)[0]
        for attempt in (
            lambda: catalog.update_rating(ws, rating.id, colour="red"),
            lambda: catalog.update_rating(ws, rating.id, label="", label_uk=""),
            lambda: catalog.merge_tags(ws, [1], 1),
            lambda: claims.batch_edit(ws, []),
            lambda: similar.add_synonym_group(ws, ["мер"]),
        ):
            with pytest.raises(ValidationError) as info:
                attempt()
            refusals.append(info.value)
        with pytest.raises(ValidationError) as info, ws.writing() as session:
            attachments.store_file(session, tmp_path)
        refusals.append(info.value)
    fake = tmp_path / "бланк.docx"
    fake.write_bytes(b"not a zip")
    with pytest.raises(ValidationError) as info:
        read_template(fake)
    refusals.append(info.value)
    told = [words(refusal) for refusal in refusals]
    assert told[0] == "Колір оцінки записують як #RRGGBB, наприклад #C62828, а не «red»."
    assert told[-1] == "Шаблон «бланк.docx» не є документом Word (.docx чи .dotx)."
    for text in told:  # no English sentence left: at most a format's or program's name in Latin letters
        assert not re.findall(r"\b(?:the|is|a|to|of|be|no|not)\b", text), text


def test_the_lock_message_names_the_holder_in_ukrainian(ukrainian, tmp_path):
    from app import lock
    from app.workspace import Workspace
    from ui.messages import words

    ws = Workspace.create(tmp_path / "огляд.factdesk", user="Олена")
    try:
        error = lock._locked_error(ws.path)  # what a second Factdesk is told (tests/test_lock.py runs one)
        assert isinstance(error, WorkspaceLocked)
        text = words(error)
        assert text.startswith("Робочий простір «огляд.factdesk» відкрито у Factdesk: Олена на комп’ютері ")
        assert "лише для читання" in text and "open" not in text
    finally:
        ws.close()


def test_import_refusals_name_no_parser_internals_and_give_sizes_by_locale(ukrainian, tmp_path, monkeypatch):
    from app.intake import limits, read_file
    from ui.messages import words

    broken = tmp_path / "звіт.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF\n")
    with pytest.raises(ValidationError) as info:
        read_file(broken)
    said = words(info.value)
    assert said.startswith("Файл «звіт.pdf» не імпортовано: ")
    assert "Error" not in said and "Root" not in said and "PDFSyntax" not in str(info.value)

    monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 1000)
    big = tmp_path / "великий.txt"
    big.write_bytes(b"a" * 5000)
    with pytest.raises(ValidationError) as info:
        read_file(big)
    assert words(info.value) == (
        "Файл «великий.txt» не імпортовано: "
        "файл має розмір 4,9\u00a0КБ, а імпортувати можна файли до 1\u00a0000 байтів."
    )


def test_ukrainian_plural_forms_and_numbers(ukrainian):
    from ui.messages import size_text, words

    assert words(msg("%n broken character(s) were replaced with �.", n=1)) == "1 пошкоджений символ замінено на �."
    assert words(msg("%n broken character(s) were replaced with �.", n=3)) == "3 пошкоджені символи замінено на �."
    assert words(msg("%n broken character(s) were replaced with �.", n=25)) == "25 пошкоджених символів замінено на �."
    assert size_text(200 * 1024 * 1024) == "200\u00a0МБ" and size_text(500_000) == "488\u00a0КБ"
    assert words(msg("it holds {count} parts; a Word document has a few dozen.", count=12000)).startswith(
        "у ньому частин: 12\u00a0000"
    )


def test_every_message_of_the_core_has_a_ukrainian_translation():
    import importlib.util

    script = ROOT / "resources" / "translations" / "app_messages.py"
    spec = importlib.util.spec_from_file_location("app_messages", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    in_code = set(module.templates())
    assert len(in_code) > 80  # the scan found the core's messages
    translated = {
        message.findtext("source")
        for context in ET.parse(UK).iter("context")
        if context.findtext("name") == "app"
        for message in context.iter("message")
        if message.find("translation").get("type") is None
    }
    missing = in_code - translated
    assert not missing, f"run resources/translations/update and translate: {sorted(missing)[:10]}"


def test_a_ukrainian_report_says_who_made_each_claim_and_names_the_default_ratings(tmp_path):
    import docx

    from app.demo import write_demo
    from app.workspace import Workspace
    from exports.docx_report import write_docx
    from exports.report_data import build_snapshot

    with Workspace.open(write_demo(tmp_path / "demo.factdesk")) as ws:
        snapshot = build_snapshot(ws, language="uk")
    doc = docx.Document(str(write_docx(snapshot, tmp_path / "uk.docx").path))
    cells = {cell.text for table in doc.tables for row in table.rows for cell in row.cells}
    assert {"Хто сказав", "Правда", "Неправда", "Не доведено"} <= cells
    assert not {"Автор", "True", "False", "Unproven", "Misleading"} & cells
    assert "Твердження не відповідає дійсності." in cells  # the scale's descriptions too (migration 0008)


def test_the_window_quotes_in_the_languages_own_marks(ukrainian):
    from ui.labels import in_quotes
    from ui.verdict.pane import quoted

    assert in_quotes("звіт.docx") == "«звіт.docx»"
    assert quoted("жодна з трьох не підписала") == "«жодна з трьох не підписала»"  # the verdict pane's quote
    assert quoted("«уже в лапках»") == "«уже в лапках»"
