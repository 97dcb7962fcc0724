"""Sentences with offsets: abbreviations, initials, quotations, runaway segments, hard-wrapped text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.intake.sentences import MAX_SEGMENT, sentences

SAMPLE = (Path(__file__).parent / "data" / "weekly-review-2023-07-09.txt").read_text(encoding="utf-8")


def split(text: str, language: str = "") -> list[str]:
    spans = sentences(text, language)
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Др. Іваненко заявив, що ціни зросли на 20%. Це неправда.",
            ["Др. Іваненко заявив, що ціни зросли на 20%.", "Це неправда."],
        ),
        (
            "The U.S. economy grew 3% in 2023. Dr. Smith disagreed. He moved to the U.S. The move was quick.",
            [
                "The U.S. economy grew 3% in 2023.",
                "Dr. Smith disagreed.",
                "He moved to the U.S.",
                "The move was quick.",
            ],
        ),
        (
            "Т.е. всё хорошо. В 2023 г. было принято 185 тыс. контрактников. Так заявил Медведев.",
            ["Т.е. всё хорошо.", "В 2023 г. было принято 185 тыс. контрактников.", "Так заявил Медведев."],
        ),
        (
            "Він живе в м. Київ. В. Зеленський заявив це. Ст. 5 Конституції.",
            ["Він живе в м. Київ.", "В. Зеленський заявив це.", "Ст. 5 Конституції."],
        ),
        (
            "J. R. R. Tolkien wrote it. See No. 5 on the list. Prof. Ivanova agreed.",
            ["J. R. R. Tolkien wrote it.", "See No. 5 on the list.", "Prof. Ivanova agreed."],
        ),
        ("Really? Yes! Wait… Now go.", ["Really?", "Yes!", "Wait…", "Now go."]),
        ("Prices rose by 3.5 percent. Then fell.", ["Prices rose by 3.5 percent.", "Then fell."]),
    ],
)
def test_abbreviations_initials_and_numbers(text, expected):
    assert split(text) == expected


def test_a_quotation_stays_with_who_said_it():
    text = (
        "“The weapons supplied to Kyiv end up in the hands of protesters and are used against the police in France. "
        "Did President Emmanuel Macron say this to his people?”— says Zakharova. Next sentence."
    )
    assert split(text) == [text[: text.index(" Next")], "Next sentence."]


def test_guillemets_and_a_closing_quote_after_the_full_stop():
    assert split("Він сказав: «Ми готові. Усе буде добре». Потім пішов.") == [
        "Він сказав: «Ми готові. Усе буде добре».",
        "Потім пішов.",
    ]
    assert split("She said: “We are at war.” The minister left.") == [
        "She said: “We are at war.”",
        "The minister left.",
    ]


def test_an_unbalanced_quotation_mark_does_not_swallow_the_paragraph():
    # the sample's mixed marks: “…" and an opening mark that is never closed
    text = (
        "Then “it is necessary to consider the scenario of “a simultaneous strike on the plant.” "
        "Thus, blackmail continues. Another sentence follows. And one more."
    )
    assert split(text) == [
        "Then “it is necessary to consider the scenario of “a simultaneous strike on the plant.”",
        "Thus, blackmail continues.",
        "Another sentence follows.",
        "And one more.",
    ]


def test_the_sample_article_has_no_runaway_segments():
    spans = sentences(SAMPLE, "en")
    assert len(spans) >= 100
    assert max(end - start for start, end in spans) <= MAX_SEGMENT
    # sentencex returned 43 segments, some of 2,000+ characters
    lengths = sorted(end - start for start, end in spans)
    assert lengths[len(lengths) // 2] < 250


def test_paragraphs_are_split_first_and_list_markers_left_out():
    text = "A heading\n- First item. Second part.\n- Another item\n\nLast paragraph"
    assert split(text) == ["A heading", "First item.", "Second part.", "Another item", "Last paragraph"]


def test_hard_wrapped_prose_is_joined_into_sentences():
    text = (
        "The ministry said on Monday that the number of contract soldiers\n"
        "recruited this year had reached a record, a figure that could not be\n"
        "verified independently. Analysts doubted the number and said it was\n"
        "probably lower."
    )
    assert len(split(text)) == 2


def test_runaway_segments_are_cut_at_semicolons_colons_or_commas():
    clause = "the ministry said that the figures were correct, "
    text = "First " + clause * 40 + "and nothing else; then " + clause * 10 + "end."
    pieces = split(text)
    assert all(len(piece) <= MAX_SEGMENT for piece in pieces)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")


def test_a_four_million_character_line_is_split_quickly():
    line = ("word " * 800_000)[:4_000_000]
    started = time.perf_counter()
    spans = sentences(line, "en")
    elapsed = time.perf_counter() - started
    print(f"\n4M-character line: {len(spans)} segments in {elapsed:.2f} s")
    assert elapsed < 5
    assert max(end - start for start, end in spans) <= MAX_SEGMENT
