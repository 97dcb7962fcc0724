"""Check-worthy sentences, ranked offline."""

from __future__ import annotations

from pathlib import Path

from app.intake.suggest import score_sentence, suggest

SAMPLE = (Path(__file__).parent / "data" / "weekly-review-2023-07-09.txt").read_text(encoding="utf-8")
NAMED_CLAIMS = {
    "Zakharova": "The weapons supplied to Kyiv end up in the hands of protesters",
    "Medvedev": "185,000 contractors were accepted into the Russian army",
    "Nebenzia": "called the photos of downed Iranian drones in Ukraine a fake",
}


def test_the_named_claims_of_the_sample_are_in_the_top_15():
    top = suggest(SAMPLE, "en", top=15)
    assert len(top) == 15
    texts = [SAMPLE[s.start : s.end] for s in top]
    for who, words in NAMED_CLAIMS.items():
        assert any(words in text for text in texts), who
    # ranked best first; offsets are the sentences' own
    assert [s.score for s in top] == sorted((s.score for s in top), reverse=True)
    for item in top:
        assert SAMPLE[item.start : item.end].strip() == SAMPLE[item.start : item.end]


def test_reasons_say_why():
    top = suggest(SAMPLE, "en", top=3)
    medvedev = next(s for s in top if "185,000" in SAMPLE[s.start : s.end])
    assert {"attributed statement", "figures", "date"} <= set(medvedev.reasons)


def test_questions_headings_and_hedged_comments_rank_low():
    claim, _ = score_sentence("The ministry said that 185,000 soldiers were recruited in 2023.")
    question, _ = score_sentence("Did the ministry recruit 185,000 soldiers in 2023?")
    heading, _ = score_sentence("Ministry recruits soldiers", is_heading=True)
    hedge, _ = score_sentence("Such statements are certainly easier to make than to recognise one's defeats.")
    assert claim > max(question, heading, hedge)
    assert hedge <= 0


def test_ukrainian_and_russian_cues():
    uk, uk_reasons = score_sentence(
        "Міністр оборони заявив, що у 2023 році армія отримала 185 тисяч нових контрактників."
    )
    ru, ru_reasons = score_sentence(
        "По словам Захаровой, оружие, поставленное в Киев, оказывается у протестующих во Франции."
    )
    fake, fake_reasons = score_sentence("Небензя назвав фотографії збитих іранських дронів фейком.")
    assert {"attributed statement", "figures"} <= set(uk_reasons)
    assert "attributed (according to)" in ru_reasons
    assert {"attributed statement", "calls something fake or false"} <= set(fake_reasons)
    assert min(uk, ru, fake) > 2


def test_top_none_ranks_every_positive_sentence_and_empty_text_has_none():
    assert len(suggest(SAMPLE, "en", top=None)) > 15
    assert suggest("", "en") == []
