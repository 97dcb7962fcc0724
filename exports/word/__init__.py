"""The DOCX writer's parts: the template (checked, loaded, its styles found) and the report built as
WordprocessingML with lxml. (Named `word`, not `docx`, so it can never shadow python-docx.)
The public entry point is `exports.docx_report.write_docx`."""

from pathlib import Path

#: the template a report is written in when neither the call nor the report names one
DEFAULT_TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "templates" / "report.docx"
