"""The Word template a report is written into: checked before anything parses it (a zip bomb, a
file that is not a Word document), loaded (a .dotx too), its body cleared and what belonged only
to the template file left out. Its styles are found in `exports.word.styles`.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from app.errors import ValidationError
from app.messages import Size, msg
from exports.word.oxml import R, W

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 2_000
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # uncompressed, all entries together
MAX_RATIO = 200  # uncompressed / compressed, for any entry over RATIO_FLOOR bytes
RATIO_FLOOR = 2 * 1024 * 1024

CT_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
CT_MACRO = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
RT_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)

# -- checking and loading ----------------------------------------------------------------------


def read_template(path: Path) -> bytes:
    """The template's package, checked before anything parses it; a .dotx comes back as a .docx package.

    Raises ValidationError naming the file and the reason: missing, unreadable, not a Word
    document, macro-enabled, or a zip bomb (too many entries, too large, too compressed).
    """
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ValidationError(msg("The template {path} does not exist.", path=str(path))) from None
    except OSError as exc:
        raise ValidationError(_unreadable(name, exc)) from None
    if path.is_dir():
        raise ValidationError(msg("The template {path} is a folder, not a Word document.", path=str(path)))
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            msg("The template {name} is too large ({size}) to be a report template.", name=name, size=Size(size))
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(_unreadable(name, exc)) from None
    if data.startswith(_OLE_MAGIC):
        raise ValidationError(
            msg(
                "The template {name} is an old Word 97–2003 file or is password-protected; "
                "save it as a .docx or .dotx without a password.",
                name=name,
            )
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ValidationError(msg("The template {name} is not a Word document (.docx or .dotx).", name=name)) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise ValidationError(
                msg(
                    "The template {name} was refused: it holds {count} files, too many for a Word document.",
                    name=name,
                    count=len(infos),
                )
            )
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise ValidationError(
                msg(
                    "The template {name} was refused: it unpacks to {size}, too much for a Word document.",
                    name=name,
                    size=Size(total),
                )
            )
        for info in infos:
            if info.flag_bits & 0x1:
                raise ValidationError(msg("The template {name} is encrypted; save it without a password.", name=name))
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise ValidationError(
                    msg(
                        "The template {name} was refused: {part} is compressed {ratio} to 1, as in a zip bomb.",
                        name=name,
                        part=info.filename,
                        ratio=info.file_size // max(info.compress_size, 1),
                    )
                )
        names = {i.filename for i in infos}
        if "[Content_Types].xml" not in names:
            raise ValidationError(msg("The template {name} is a zip archive but not a Word document.", name=name))
        try:
            types = etree.fromstring(archive.read("[Content_Types].xml"), SAFE_PARSER)
            main = _main_part(archive, names)
        except (etree.XMLSyntaxError, KeyError, zipfile.BadZipFile, ValueError, OSError):
            raise ValidationError(
                msg("The template {name} is damaged: its package description cannot be read.", name=name)
            ) from None
        content_type = None
        for override in types.iterchildren(f"{_CT_NS}Override"):
            if override.get("PartName", "").lstrip("/") == main:
                content_type = override.get("ContentType")
                break
        if content_type in CT_MACRO:
            raise ValidationError(
                msg("The template {name} contains macros; save it as a .docx or .dotx without macros.", name=name)
            )
        if content_type == CT_DOCUMENT:
            return data
        if content_type != CT_TEMPLATE:
            raise ValidationError(msg("The template {name} is not a Word document (.docx or .dotx).", name=name))
        # a .dotx: the same package but for the main part's content type, which python-docx refuses
        override.set("ContentType", CT_DOCUMENT)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as patched:
            for info in infos:
                if info.filename == "[Content_Types].xml":
                    patched.writestr(info.filename, etree.tostring(types, xml_declaration=True, encoding="UTF-8"))
                else:
                    patched.writestr(info.filename, archive.read(info))
        return out.getvalue()


def _unreadable(name: str, exc: OSError):
    return msg("The template {name} cannot be read: {why}.", name=name, why=str(exc.strerror or exc))


def _main_part(archive: zipfile.ZipFile, names: set[str]) -> str:
    if "_rels/.rels" in names:
        rels = etree.fromstring(archive.read("_rels/.rels"), SAFE_PARSER)
        for rel in rels.iterchildren(f"{_REL_NS}Relationship"):
            if rel.get("Type") == RT_OFFICE_DOCUMENT:
                return (rel.get("Target") or "").lstrip("/")
    raise KeyError("no main document")


def load_template(path: Path):
    """The template as a python-docx Document, its body cleared but for the section properties
    (page size, margins, header and footer references)."""
    from docx import Document

    data = read_template(path)
    try:
        doc = Document(io.BytesIO(data))
    except ValidationError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on a damaged package
        raise ValidationError(
            msg("The template {name} cannot be read as a Word document ({why}).", name=path.name, why=_reason(exc))
        ) from None
    body = doc.element.body
    sect = body.find(f"{W}sectPr")
    for child in list(body):
        if child is not sect:
            body.remove(child)
    if sect is None:
        sect = etree.SubElement(body, f"{W}sectPr")
        size = etree.SubElement(sect, f"{W}pgSz")
        size.set(f"{W}w", "11906")
        size.set(f"{W}h", "16838")
        mar = etree.SubElement(sect, f"{W}pgMar")
        for side, value in (("top", 1134), ("right", 1247), ("bottom", 1134), ("left", 1247)):
            mar.set(f"{W}{side}", str(value))
        for side in ("header", "footer"):
            mar.set(f"{W}{side}", "567")
        mar.set(f"{W}gutter", "0")
    _drop_unused_relationships(doc)
    return doc


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


_BODY_RELTYPES = tuple(
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + t
    for t in (
        "hyperlink",
        "image",
        "oleObject",
        "package",
        "chart",
        "diagramData",
        "diagramLayout",
        "diagramQuickStyle",
    )
)


#: comments can only sit in the body, which is cleared: their text must not travel with the report
_COMMENT_RELTYPES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
    "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
    "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
    "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
    "http://schemas.microsoft.com/office/2011/relationships/people",
)


def _drop_unused_relationships(doc) -> None:
    """The cleared body's pictures, links and comments would still travel with the report: drop them."""
    used = set()
    for element in doc.element.iter():
        for attr, value in element.attrib.items():
            if attr.startswith(R):
                used.add(value)
    rels = doc.part.rels
    for rid, rel in list(rels.items()):
        if (rel.reltype in _BODY_RELTYPES and rid not in used) or rel.reltype in _COMMENT_RELTYPES:
            del rels[rid]


def clean_settings(doc) -> list[str]:
    """Leave out of the report what belongs to the template file only: editing restrictions and the
    path of the template it was attached to (often a path on someone's computer)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    notes = []
    try:
        part = doc.part.part_related_by(RT.SETTINGS)
    except KeyError:
        return notes
    settings = part.element
    for tag in ("documentProtection", "writeProtection"):
        for element in settings.findall(f"{W}{tag}"):
            settings.remove(element)
            if tag == "documentProtection" and element.get(f"{W}enforcement") in ("1", "true", "on"):
                notes.append("The template restricts editing; the report was written without that restriction.")
    for element in settings.findall(f"{W}attachedTemplate"):
        rid = element.get(f"{R}id")
        settings.remove(element)
        if rid and rid in part.rels:
            del part.rels[rid]
    return notes


def content_width(doc) -> int:
    """The width between the margins of the last section, in twips."""
    sect = doc.element.body.find(f"{W}sectPr")
    size = sect.find(f"{W}pgSz") if sect is not None else None
    mar = sect.find(f"{W}pgMar") if sect is not None else None

    def twips(el, attr, default):
        try:
            return int(float(el.get(f"{W}{attr}"))) if el is not None and el.get(f"{W}{attr}") else default
        except ValueError:
            return default

    width = twips(size, "w", 11906)
    if size is not None and size.get(f"{W}orient") == "landscape":
        width = max(width, twips(size, "h", 0))
    usable = width - twips(mar, "left", 1247) - twips(mar, "right", 1247) - twips(mar, "gutter", 0)
    return max(usable, 2880)
