"""The strings of a catalogue that wait for a translation, out as JSON and back in.

    uv run python resources/translations/todo.py list resources/translations/factdesk_uk.ts > /tmp/todo.json
    # fill each "translation" (a plural: "forms", three for Ukrainian: one / few / many)
    uv run python resources/translations/todo.py apply resources/translations/factdesk_uk.ts /tmp/todo.json
    resources/translations/update        # compiles; prints what still waits

`list` writes [{"context", "source", "comment", "numerus", "translation" or "forms"}] for every message
marked unfinished (new, or its source text changed). `apply` sets each given translation and removes the
unfinished mark; an entry left empty stays unfinished. `check` lists translations whose {placeholders}
or %n differ from their source's (a translated placeholder name breaks the message)."""

from __future__ import annotations

import json
import re
import sys

from lxml import etree

_PLACEHOLDERS = re.compile(r"\{\w+\}|%n|%\d")


def _messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def list_todo(path: str) -> list[dict]:
    tree = etree.parse(path)
    todo = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        entry = {"context": context, "source": message.findtext("source"), "comment": message.findtext("comment")}
        if message.get("numerus") == "yes":
            entry["forms"] = [form.text or "" for form in translation.findall("numerusform")] or ["", "", ""]
        else:
            entry["translation"] = translation.text or ""
        todo.append(entry)
    return todo


def apply(path: str, entries: list[dict]) -> int:
    tree = etree.parse(path)
    wanted = {(e["context"], e["source"], e.get("comment")): e for e in entries}
    done = 0
    for context, message in _messages(tree):
        entry = wanted.get((context, message.findtext("source"), message.findtext("comment")))
        if entry is None:
            continue
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = entry.get("forms") or []
            if not forms or not all(forms):
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                etree.SubElement(translation, "numerusform").text = form
        else:
            if not entry.get("translation"):
                continue
            translation.text = entry["translation"]
        translation.attrib.pop("type", None)
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE TS>")
    return done


def check(path: str) -> list[str]:
    problems = []
    for _context, message in _messages(etree.parse(path)):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for text in texts:
            if text and sorted(set(_PLACEHOLDERS.findall(text))) != sorted(set(_PLACEHOLDERS.findall(source))):
                if "%n" in source and "%n" not in text and len(texts) > 1:
                    continue  # a plural form may spell the number out ("одна")
                problems.append(f"{source!r} → {text!r}")
    return problems


if __name__ == "__main__":
    command, path = sys.argv[1], sys.argv[2]
    if command == "list":
        json.dump(list_todo(path), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif command == "apply":
        with open(sys.argv[3], encoding="utf-8") as fh:
            print(f"{apply(path, json.load(fh))} translation(s) set in {path}")
    elif command == "check":
        found = check(path)
        print("\n".join(found) or "placeholders match")
        sys.exit(1 if found else 0)
    else:
        sys.exit(__doc__)
