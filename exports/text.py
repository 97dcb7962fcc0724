"""Text made fit for XML on the way out (the workspace keeps the original).

XML 1.0 cannot hold C0 control characters other than tab, newline and carriage return, lone
surrogates, or U+FFFE/U+FFFF; python-docx and lxml refuse them. Word's own line and page breaks
(vertical tab, form feed) become newlines; other control characters go; a lone surrogate becomes
U+FFFD, so a reader sees that something was there.
"""

from __future__ import annotations

import re

_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("\r\n?|[\x0b\x0c]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def xml_text(value: str) -> str:
    """`value` with every character XML cannot hold replaced or removed; newlines and tabs kept."""
    if "\r" in value:
        value = _BREAKS.sub("\n", value)
    if _BAD.search(value) is None:
        return value
    value = _CONTROL.sub("", _BREAKS.sub("\n", value))
    if _SURROGATE.search(value):
        # a high and a low surrogate in a row are one character split in two: join them; lone ones become U+FFFD
        value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return value


def one_line(value: str) -> str:
    """`value` cleaned for XML with all runs of whitespace (newlines too) made one space."""
    return " ".join(xml_text(value).split())
