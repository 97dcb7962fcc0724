"""The words a report prints, in English and Ukrainian. (Reports are written without Qt, so these
are not Qt translations; the window's own strings are.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    # Ukrainian dates take the genitive: "9 липня 2023"
    "uk": (
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ),
}

_WORDS = {
    "en": {
        "summary_table": "Claims and verdicts",
        "claim": "Claim",
        "claimant": "Claimant",
        "rating": "Rating",
        "said_by": "Said by",
        "said_on": "Said on",
        "appeared_in": "Where it appeared",
        "verdict": "Verdict",
        "summary": "Summary",
        "rationale": "Rationale",
        "evidence": "Evidence",
        "no_evidence": "No evidence is cited.",
        "introduction": "Introduction",
        "methodology": "Methodology",
        "rating_scale": "Rating scale",
        "corrections": "Corrections",
        "no_corrections": "No verdict in this report has been corrected.",
        "correction_line": "{date}: the rating of claim {number} was changed from “{old}” to “{new}”.",
        "appendix": "Appendix: sources and evidence",
        "sources": "Sources",
        "accessed": "accessed",
        "published": "published",
        "sha256": "SHA-256",
        "captured": "captured",
        "contact": "Contact",
        "exported": "Exported",
        "authors": "Authors",
        "organisation": "Organisation",
        "period_label": "Period",
        "not_rated": "Not rated",
        "unknown": "unknown",
        "note": "Note",
        "page": "Page",
        "supports": "supports",
        "refutes": "refutes",
        "context": "context",
        "empty_report": "This report contains no claims.",
        "no_section": "Other claims",
        "all_claims_tagged": "Every claim in this report is tagged {tags}.",
        "figure": "Figure",
        "picture_shown_under": "shown under claim {number}",
        "picture_too_large": "{name}: the picture is not shown, it is too large ({width} × {height} pixels).",
        "picture_unreadable": "{name}: the picture is not shown, its file cannot be read as an image.",
        "picture_missing": "{name}: the picture is not shown, its stored copy is missing or too large.",
    },
    "uk": {
        "summary_table": "Твердження та вердикти",
        "claim": "Твердження",
        "claimant": "Хто сказав",
        "rating": "Оцінка",
        "said_by": "Хто сказав",
        "said_on": "Коли",
        "appeared_in": "Де з’явилося",
        "verdict": "Вердикт",
        "summary": "Висновок",
        "rationale": "Обґрунтування",
        "evidence": "Докази",
        "no_evidence": "Докази не наведено.",
        "introduction": "Вступ",
        "methodology": "Методологія",
        "rating_scale": "Шкала оцінок",
        "corrections": "Виправлення",
        "no_corrections": "Жоден вердикт у цьому звіті не виправлявся.",
        "correction_line": "{date}: оцінку твердження {number} змінено з «{old}» на «{new}».",
        "appendix": "Додаток: джерела та докази",
        "sources": "Джерела",
        "accessed": "переглянуто",
        "published": "опубліковано",
        "sha256": "SHA-256",
        "captured": "знято",
        "contact": "Контакти",
        "exported": "Експортовано",
        "authors": "Автори",
        "organisation": "Організація",
        "period_label": "Період",
        "not_rated": "Без оцінки",
        "unknown": "невідомо",
        "note": "Примітка",
        "page": "Сторінка",
        "supports": "підтверджує",
        "refutes": "спростовує",
        "context": "контекст",
        "empty_report": "У цьому звіті немає тверджень.",
        "no_section": "Інші твердження",
        "all_claims_tagged": "Усі твердження цього звіту мають теги: {tags}.",
        "figure": "Рисунок",
        "picture_shown_under": "див. твердження {number}",
        "picture_too_large": "{name}: зображення не показано, воно завелике ({width} × {height} пікселів).",
        "picture_unreadable": "{name}: зображення не показано, файл не вдалося прочитати як зображення.",
        "picture_missing": "{name}: зображення не показано, його збережена копія відсутня або завелика.",
    },
}

LANGUAGES = tuple(_WORDS)

#: the default rating scale (app/migrations 0002), stored in English in every workspace: its words in
#: the report's language; a scale the organisation wrote itself is printed as it is written
_DEFAULT_RATINGS = {
    "uk": {
        "True": "Правда",
        "Mostly true": "Здебільшого правда",
        "Misleading": "Маніпуляція",
        "Mostly false": "Здебільшого неправда",
        "False": "Неправда",
        "Unproven": "Не доведено",
        "The claim is accurate and nothing significant is missing.": "Твердження точне, нічого суттєвого не пропущено.",
        "The claim is accurate but needs clarification or additional information.": (
            "Твердження точне, але потребує уточнення чи додаткової інформації."
        ),
        "The claim contains accurate elements but leaves a false impression.": (
            "Твердження містить правдиві елементи, але створює хибне враження."
        ),
        "The claim contains an element of truth but ignores critical facts.": (
            "Твердження містить частку правди, але оминає важливі факти."
        ),
        "The claim is not accurate.": "Твердження неправдиве.",
        "The evidence available does not allow the claim to be confirmed or refuted.": (
            "Наявні докази не дають змоги ні підтвердити, ні спростувати твердження."
        ),
    },
}


@dataclass(frozen=True)
class Labels:
    language: str

    def __getattr__(self, name: str) -> str:
        try:
            return _WORDS[self.language][name]
        except KeyError:
            raise AttributeError(name) from None

    def stance(self, stance: str) -> str:
        return _WORDS[self.language].get(stance, stance)

    def rating_name(self, words: str) -> str:
        """A default rating's name or description in the report's language (see _DEFAULT_RATINGS)."""
        return _DEFAULT_RATINGS.get(self.language, {}).get(words, words)

    def size(self, count: int) -> str:
        """A file's size in bytes as the report's readers write numbers: 49,545 bytes / 49 545 байтів."""
        if self.language != "uk":
            return f"{count:,} byte{'' if count == 1 else 's'}"
        digits = f"{count:,}".replace(",", "\u00a0")
        last, tens = count % 10, count % 100
        word = "байт" if last == 1 and tens != 11 else "байти" if 2 <= last <= 4 and not 12 <= tens <= 14 else "байтів"
        return f"{digits} {word}"

    def date(self, value: date | None) -> str:
        if value is None:
            return ""
        return f"{value.day} {_MONTHS[self.language][value.month - 1]} {value.year}"

    def period(self, start: date | None, end: date | None) -> str:
        """ "3–9 July 2023", "28 June – 4 July 2023", "30 December 2023 – 5 January 2024", or one date."""
        if start is None or end is None or start == end:
            return self.date(start or end)
        months = _MONTHS[self.language]
        if start.year != end.year:
            return f"{self.date(start)} – {self.date(end)}"
        if start.month != end.month:
            return f"{start.day} {months[start.month - 1]} – {self.date(end)}"
        return f"{start.day}–{end.day} {months[end.month - 1]} {end.year}"


def labels_for(language: str) -> Labels:
    return Labels(language if language in _WORDS else "en")
