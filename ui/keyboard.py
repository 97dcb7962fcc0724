"""Shortcuts that work with a Cyrillic keyboard layout alone.

With only a Ukrainian (or Russian) layout, the key marked M sends "Ь", so Ctrl+M never fires:
Qt falls back to the Latin letter only when a Latin layout is configured too. Desktop apps used in
Ukraine (LibreOffice, Telegram, browsers) answer to the key's position instead. Here every
shortcut with Ctrl and a letter (or [ ] ; ' , .) gets a twin with the Cyrillic letter on the same
key of the ЙЦУКЕН layout (Ukrainian and Russian): Ctrl+Ь for Ctrl+M, Ctrl+Я for Ctrl+Z. Qt's own
shortcut map then matches them, with the same context, enabled state and ambiguity rules.

`install(app)` adds an application-wide event filter that gives every action its twins when it is
added to a widget or changed, and every QShortcut of a window when the window is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QActionEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

#: the Cyrillic letters on each key of the ЙЦУКЕН layouts, by the Latin key's Qt code
#: (Ukrainian first where the two differ: І/Ы on S, Ї/Ъ on ], Є/Э on ')
CYRILLIC_ON_KEY: dict[int, str] = {
    Qt.Key.Key_Q.value: "Й",
    Qt.Key.Key_W.value: "Ц",
    Qt.Key.Key_E.value: "У",
    Qt.Key.Key_R.value: "К",
    Qt.Key.Key_T.value: "Е",
    Qt.Key.Key_Y.value: "Н",
    Qt.Key.Key_U.value: "Г",
    Qt.Key.Key_I.value: "Ш",
    Qt.Key.Key_O.value: "Щ",
    Qt.Key.Key_P.value: "З",
    Qt.Key.Key_BracketLeft.value: "Х",
    Qt.Key.Key_BracketRight.value: "ЇЪ",
    Qt.Key.Key_A.value: "Ф",
    Qt.Key.Key_S.value: "ІЫ",
    Qt.Key.Key_D.value: "В",
    Qt.Key.Key_F.value: "А",
    Qt.Key.Key_G.value: "П",
    Qt.Key.Key_H.value: "Р",
    Qt.Key.Key_J.value: "О",
    Qt.Key.Key_K.value: "Л",
    Qt.Key.Key_L.value: "Д",
    Qt.Key.Key_Semicolon.value: "Ж",
    Qt.Key.Key_Apostrophe.value: "ЄЭ",
    Qt.Key.Key_Z.value: "Я",
    Qt.Key.Key_X.value: "Ч",
    Qt.Key.Key_C.value: "С",
    Qt.Key.Key_V.value: "М",
    Qt.Key.Key_B.value: "И",
    Qt.Key.Key_N.value: "Т",
    Qt.Key.Key_M.value: "Ь",
    Qt.Key.Key_Comma.value: "Б",
    Qt.Key.Key_Period.value: "Ю",
}
#: the Latin key at the same position as a Cyrillic letter
LATIN_KEY_OF: dict[str, int] = {letter: key for key, letters in CYRILLIC_ON_KEY.items() for letter in letters}

_CTRL = Qt.KeyboardModifier.ControlModifier


def twins(sequence: QKeySequence) -> list[QKeySequence]:
    """The Cyrillic-position twins of a one-chord shortcut with Ctrl (none for others)."""
    if sequence.count() != 1:
        return []
    chord = sequence[0]
    modifiers = chord.keyboardModifiers()
    letters = CYRILLIC_ON_KEY.get(chord.key().value)
    if not letters or not (modifiers & _CTRL):
        return []
    return [QKeySequence(QKeyCombination.fromCombined(modifiers.value | ord(letter))) for letter in letters]


def with_twins(sequences: list[QKeySequence]) -> list[QKeySequence]:
    """`sequences` followed by the twins they lack (the first, shown in menus, stays first)."""
    out = list(sequences)
    for sequence in sequences:
        out.extend(twin for twin in twins(sequence) if twin not in out)
    return out


def add_twins(target: QAction | QShortcut) -> bool:
    """Give an action or shortcut its Cyrillic-position twins; True if it lacked some."""
    current = target.shortcuts() if isinstance(target, QAction) else target.keys()
    wanted = with_twins(current)
    if len(wanted) == len(current):
        return False
    if isinstance(target, QAction):
        target.setShortcuts(wanted)
    else:
        target.setKeys(wanted)
    return True


def add_twins_under(root: QObject) -> None:
    """Twins for every action and shortcut under `root` (and `root`'s own actions)."""
    for action in root.findChildren(QAction):
        add_twins(action)
    for shortcut in root.findChildren(QShortcut):
        add_twins(shortcut)
    if isinstance(root, QWidget):
        for action in root.actions():
            add_twins(action)


class LayoutShortcuts(QObject):
    """The application-wide event filter that keeps every shortcut's twins in place."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ActionAdded, QEvent.Type.ActionChanged) and isinstance(event, QActionEvent):
            action = event.action()
            if action is not None and action.shortcuts():
                add_twins(action)
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            add_twins_under(watched)
        return False


def install(app: QApplication) -> LayoutShortcuts:
    """Install the filter once on `app` (again is harmless); it lives as long as the application."""
    existing = app.findChild(LayoutShortcuts, "layout_shortcuts")
    if existing is not None:
        return existing
    keeper = LayoutShortcuts(app)
    keeper.setObjectName("layout_shortcuts")
    app.installEventFilter(keeper)
    for widget in app.topLevelWidgets():
        add_twins_under(widget)
    return keeper
