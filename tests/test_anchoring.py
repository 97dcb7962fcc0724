"""Anchoring a quote in its text, finding it again, and Python <-> UTF-16 (Qt) offsets."""

from __future__ import annotations

import pytest

from app.anchoring import CONTEXT_CHARS, TextQuoteSelector, Utf16Map, relocate, select
from app.services import claims as claim_service
from app.services import sources as source_service

TEXT = "Alpha beta gamma. The minister said unemployment fell. Delta epsilon zeta eta theta."
QUOTE = "unemployment fell"


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


# -- select ----------------------------------------------------------------------------------------


def test_select_gives_exact_prefix_and_suffix():
    start = TEXT.index(QUOTE)
    sel = select(TEXT, start, start + len(QUOTE), context=10)
    assert sel == TextQuoteSelector(
        exact=QUOTE, prefix=TEXT[start - 10 : start], suffix=TEXT[start + len(QUOTE) :][:10],
        start=start, end=start + len(QUOTE),
    )
    assert sel.prefix == "ster said "
    assert sel.suffix == ". Delta ep"


def test_select_context_defaults_and_stops_at_the_text_ends():
    sel = select(TEXT, 0, 5)
    assert (sel.exact, sel.prefix, sel.suffix) == ("Alpha", "", TEXT[5 : 5 + CONTEXT_CHARS])
    sel = select(TEXT, len(TEXT) - 6, len(TEXT))
    assert (sel.exact, sel.suffix) == ("theta.", "")
    assert sel.prefix == TEXT[len(TEXT) - 6 - CONTEXT_CHARS : len(TEXT) - 6]


@pytest.mark.parametrize("span", [(-1, 3), (3, 3), (5, 2), (0, len(TEXT) + 1)])
def test_select_refuses_spans_outside_the_text(span):
    with pytest.raises(ValueError):
        select(TEXT, *span)


# -- relocate --------------------------------------------------------------------------------------


def _anchor(text: str, quote: str, occurrence: int = 0) -> TextQuoteSelector:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return select(text, start, start + len(quote))


def test_relocate_finds_the_quote_at_its_hint():
    sel = _anchor(TEXT, QUOTE)
    assert relocate(TEXT, sel.exact, sel.prefix, sel.suffix, sel.start) == (sel.start, sel.end)


def test_relocate_follows_text_inserted_before_the_quote():
    sel = _anchor(TEXT, QUOTE)
    inserted = "A new opening paragraph was added by the editor.\n"
    edited = inserted + TEXT
    assert relocate(edited, sel.exact, sel.prefix, sel.suffix, sel.start) == (
        sel.start + len(inserted), sel.end + len(inserted),
    )


def test_relocate_follows_text_removed_before_the_quote():
    sel = _anchor(TEXT, QUOTE)
    edited = TEXT[len("Alpha ") :]
    assert relocate(edited, sel.exact, sel.prefix, sel.suffix, sel.start) == (sel.start - 6, sel.end - 6)


def test_relocate_picks_the_occurrence_whose_context_matches():
    text = "In March he said prices fell sharply. In April she said prices fell slightly, if at all."
    second = _anchor(text, "prices fell", occurrence=1)
    first = _anchor(text, "prices fell", occurrence=0)
    shifted = "Preface. " * 3 + text  # neither occurrence is at its old offset now
    shift = len("Preface. " * 3)
    assert relocate(shifted, second.exact, second.prefix, second.suffix, second.start) == (
        second.start + shift, second.end + shift,
    )
    assert relocate(shifted, first.exact, first.prefix, first.suffix, first.start) == (
        first.start + shift, first.end + shift,
    )


def test_relocate_context_beats_nearness():
    text = "X said prices fell. " + "filler " * 20 + "Y said prices fell."
    later = _anchor(text, "prices fell", occurrence=1)
    # the old position now lies next to the first occurrence, yet the context names the second
    edited = text.replace("filler ", "", 20)
    near_first = edited.index("prices fell") + 1
    found = relocate(edited, later.exact, later.prefix, later.suffix, near_first)
    assert found == (edited.rindex("prices fell"), edited.rindex("prices fell") + len("prices fell"))


def test_relocate_breaks_ties_by_nearness():
    text = "z" + "ab ab ab ab"  # occurrences at 1, 4, 7, 10
    # with no context to go on, the occurrence nearest the old position wins
    assert relocate(text, "ab", "", "", 6) == (7, 9)
    assert relocate(text, "ab", "", "", 3) == (4, 6)


def test_relocate_returns_none_when_the_quote_is_gone():
    sel = _anchor(TEXT, QUOTE)
    edited = TEXT.replace("unemployment fell", "unemployment rose")
    assert relocate(edited, sel.exact, sel.prefix, sel.suffix, sel.start) is None
    assert relocate(TEXT, "", "", "", 0) is None


# -- UTF-16 offsets ------------------------------------------------------------------------------

SAMPLES = [
    "",
    "plain ASCII",
    "Привіт, світе! Ukraine — Україна",
    "emoji 😀 in the middle",
    "😀😀😀",
    "skin tone 👍🏽 and flag 🇺🇦 here",
    "combining: e\u0301 a\u0308 and n\u0303!",
    "CJK 漢字かな and astral 𠀋𡈽",
    "mixed 👨‍👩‍👧 family, 🇬🇧🇺🇦, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, end😀",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_to_utf16_matches_the_utf16_encoding_everywhere(text):
    m = Utf16Map(text)
    for i in range(len(text) + 1):
        assert m.to_utf16(i) == utf16_len(text[:i])
    assert m.length16 == utf16_len(text)


@pytest.mark.parametrize("text", SAMPLES)
def test_from_utf16_round_trips(text):
    m = Utf16Map(text)
    for i in range(len(text) + 1):
        assert m.from_utf16(m.to_utf16(i)) == i


@pytest.mark.parametrize("text", SAMPLES)
def test_from_utf16_inside_a_surrogate_pair_rounds_down(text):
    m = Utf16Map(text)
    starts = {m.to_utf16(i): i for i in range(len(text) + 1)}
    for j in range(m.length16 + 1):
        expected = starts.get(j, starts.get(j - 1))  # j - 1 is the pair's first unit
        assert expected is not None
        assert m.from_utf16(j) == expected
        if j not in starts:
            assert ord(text[expected]) > 0xFFFF


def test_from_utf16_inside_a_pair_concretely():
    text = "a😀b"
    m = Utf16Map(text)
    assert [m.from_utf16(j) for j in range(5)] == [0, 1, 1, 2, 3]
    assert [m.to_utf16(i) for i in range(4)] == [0, 1, 3, 4]


def test_a_claim_after_emoji_keeps_python_offsets(ws):
    body = "Reaction 😀👍🏽🇺🇦: Medvedev said 185,000 contractors were accepted into the army. 😀 End."
    quote = "185,000 contractors were accepted"
    sid = source_service.create_source(ws, title="Emoji post", text=body, kind="post").subject
    start = body.index(quote)
    cid = claim_service.create_claim(ws, sid, start, start + len(quote)).subject
    claim = claim_service.get_claim(ws, cid).claim
    stored = source_service.get_source(ws, sid).text
    assert (claim.start, claim.end, claim.quote) == (start, start + len(quote), quote)
    assert stored[claim.start : claim.end] == quote
    assert "👍🏽🇺🇦" in claim.prefix
    # what the source pane would hand Qt, and get back from it
    m = Utf16Map(stored)
    start16, end16 = m.to_utf16(claim.start), m.to_utf16(claim.end)
    assert stored.encode("utf-16-le")[2 * start16 : 2 * end16].decode("utf-16-le") == quote
    assert (m.from_utf16(start16), m.from_utf16(end16)) == (claim.start, claim.end)
    span = source_service.claim_spans(ws, sid)[0]
    assert (span.start, span.end) == (claim.start, claim.end)
    assert relocate(stored, claim.quote, claim.prefix, claim.suffix, claim.start) == (claim.start, claim.end)


def test_claim_spans_find_a_quote_again_when_offsets_drift(ws):
    """If a claim's stored offsets ever stop pointing at its quote, the source pane's span is
    found again from the quote and the text around it."""
    from app.services import claims, sources

    text = "Intro. Zakharova said the weapons end up in France. Outro."
    source_id = sources.create_source(ws, title="S", text=text).subject
    start = text.index("the weapons")
    claim_id = claims.create_claim(ws, source_id, start, start + len("the weapons end up in France")).subject
    with ws.writing() as session:  # simulate drift: offsets moved by three characters
        session.connection().exec_driver_sql('UPDATE claim SET start = start + 3, "end" = "end" + 3')
    [span] = sources.claim_spans(ws, source_id)
    assert (span.claim_id, span.start, span.end) == (claim_id, start, start + len("the weapons end up in France"))
    with ws.writing() as session:  # the quote is gone from the text: no mark rather than a wrong one
        session.connection().exec_driver_sql("UPDATE claim SET quote = 'not in the text'")
    assert sources.claim_spans(ws, source_id) == []
