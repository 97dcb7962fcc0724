"""The window's plural strings read as English ("1 claim", "2 claims"), and the catalogue that
holds those forms keeps up with the code."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "resources" / "translations" / "factdesk_en.ts"
COMPILED = ROOT / "resources" / "translations" / "factdesk_en.qm"


def test_english_plural_forms_are_compiled_and_used(qapp):
    translator = QTranslator()
    assert translator.load(str(COMPILED))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("SourceChoices", "%n claim(s)", "", 1) == "1 claim"
        assert QCoreApplication.translate("SourceChoices", "%n claim(s)", "", 3) == "3 claims"
    finally:
        qapp.removeTranslator(translator)


def test_every_plural_string_in_the_code_has_english_forms():
    in_code = set()
    for path in (ROOT / "ui").rglob("*.py"):
        in_code.update(re.findall(r'tr\(\s*"([^"]*%n[^"]*)"', path.read_text(encoding="utf-8")))
    in_catalogue = {
        message.findtext("source")
        for message in ET.parse(CATALOGUE).iter("message")
        if message.get("numerus") == "yes" and len(message.find("translation")) == 2
    }
    assert in_code  # the scan found the %n strings
    missing = in_code - in_catalogue
    assert not missing, f"run resources/translations/update: no English plural forms for {sorted(missing)}"
