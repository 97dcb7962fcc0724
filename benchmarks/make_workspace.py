"""A synthetic five-year archive for benchmarks: 20,000 sources, 100,000 claims, 300,000 evidence.

    uv run python benchmarks/make_workspace.py OUT.factdesk [--claims 100000] [--seed 7]

Text is Ukrainian, Russian and English, built from word lists with a Zipf-like spread (a core of
real words, a long tail of made-up ones), so full-text search meets common and rare words as it
would in a real archive. A fifth of the claims retell an earlier narrative in other words, so
"checked before?" has something to find.

The bulk path writes with plain executemany in one transaction, into a workspace made by
`Workspace.create` (every table, constraint and the FTS triggers of migration 0006): each claim is
a real span of its source's text with the W3C selector computed by `app.anchoring.select`, every
foreign key points at a row that exists, and the FTS triggers index every row as it goes in.
Sizes scale with --claims: sources = claims / 5, evidence = links = claims × 3.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.anchoring import select as select_quote
from app.text.sql import register as register_text_functions
from app.workspace import Workspace


def _w(text: str) -> list[str]:
    return text.split()


CORE = {
    "uk": """
    україна україни україні росія росії російські російська війна війни зброя зброї захід західні
    оборона оборони оборонний міністерство президент уряд армія армії фронт наступ контрнаступ
    допомога допомоги постачання ракети ракетний удар удари дрони дронів іранські безпілотники
    санкції економіка бюджет енергетика газ нафта зерно коридор експорт ціни інфляція вибори
    нато альянс саміт вільнюс сполучені штати європа франція німеччина польща британія
    протести поліція біженці мобілізація контракт солдати втрати окупація окуповані території
    запоріжжя аес атомна станція херсон харків київ одеса донбас крим маріуполь бахмут
    пропаганда фейк заява заявив заявила стверджує повідомив джерело дані звіт експерти
    касетні боєприпаси конвенція мирні жителі цивільні загроза диверсія катастрофа наслідки
    переговори мир перемир'я гуманітарний коридор обмін полонені""",
    "ru": """
    россия россии российские украина украины украине война войны оружие запад западные
    оборона обороны министерство президент правительство армия армии фронт наступление
    контрнаступление помощь поставки ракеты ракетный удар удары дроны беспилотники иранские
    санкции экономика бюджет энергетика газ нефть зерно коридор экспорт цены инфляция выборы
    нато альянс саммит вильнюс соединенные штаты европа франция германия польша британия
    протесты полиция беженцы мобилизация контрактники солдаты потери территории
    запорожье аэс атомная станция херсон харьков киев одесса донбасс крым мариуполь бахмут
    киевский режим неонацисты провокация фейк заявил заявила утверждает сообщил источник данные
    кассетные боеприпасы конвенция мирные жители угроза диверсия катастрофа последствия
    переговоры мир перемирие гуманитарный обмен пленные ёлка всё ещё""",
    "en": """
    ukraine ukrainian russia russian war weapons west western defence defense ministry president
    government army front offensive counteroffensive aid supplies missiles missile strike strikes
    drones iranian sanctions economy budget energy gas oil grain corridor exports prices inflation
    elections nato alliance summit vilnius united states europe france germany poland britain
    protests police refugees mobilisation contractors soldiers losses occupation occupied territories
    zaporizhzhia nuclear plant kherson kharkiv kyiv odesa donbas crimea mariupol bakhmut
    propaganda fake statement claimed says reported source data report experts cluster munitions
    convention civilians threat sabotage catastrophe consequences negotiations peace ceasefire
    humanitarian exchange prisoners café résumé naïve""",
}
GLUE = {
    "uk": _w("і та в у на з до що як це не для про після від його їх було буде вже також але"),
    "ru": _w("и в на с к что как это не для о после от его их было будет уже также но"),
    "en": _w("the of and to in on that is was for with as by it from at this be are has not"),
}
SYLLABLES = {
    "uk": _w("ба ві го да же за ки ло ми но пі ро сі ту фа хо цю ча ше щи ля ре ні ко ва ле ти ри єв ї й"),
    "ru": _w("ба ви го да же за ки ло ми но пи ро си ту фа хо цю ча ше щи ля ре ны ко ва ле ти ры ев ё й"),
    "en": _w("ba ve go da je za ki lo mi no pi ro si tu fa ho chu sha she li re ne ko va le ti ri ex on"),
}
FIRST = _w("Олег Ірина Андрій Марія Дмитро Сергій Олена Анна Ivan John Maria Leonid Vasily Dmitry Olga Peter")
LAST = _w("Шевченко Коваленко Бондар Ткаченко Петров Иванов Сидоров Кузнецов Smith Brown Taylor Slutsky Peskov")
OUTLETS = ["РИА Новости", "ТАСС", "Первый канал", "Укрінформ", "Суспільне", "Reuters", "BBC", "Telegram", "X"]
LANGS = (("uk", 0.45), ("ru", 0.35), ("en", 0.20))
STATUSES = ("new", "researching", "in_review", "done")
STANCES = ("supports", "refutes", "context")


class Vocabulary:
    def __init__(self, lang: str, rng: random.Random, tail: int = 6000) -> None:
        core = CORE[lang].split()
        made = set()
        syllables = SYLLABLES[lang]
        while len(made) < tail:
            made.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
        self.words = core + sorted(made - set(core))
        rng.shuffle(self.words[len(core) :])
        # Zipf-like, flattened at the top: the content words of news are not as skewed as "the", "of"
        total = 0.0
        self.cum = []
        for rank in range(1, len(self.words) + 1):
            total += 1.0 / (rank + 30)
            self.cum.append(total)
        self.glue = GLUE[lang]
        self.rng = rng

    def sentence(self, n: int | None = None) -> str:
        rng = self.rng
        n = n or rng.randint(8, 22)
        content = rng.choices(self.words, cum_weights=self.cum, k=n)
        out = []
        for word in content:
            out.append(word)
            if rng.random() < 0.35:
                out.append(rng.choice(self.glue))
        out[0] = out[0].capitalize()
        return " ".join(out) + rng.choice(".....!?")

    def reword(self, sentence: str) -> str:
        """The same narrative in other words: some words dropped, some added, order shaken a little."""
        rng = self.rng
        words = sentence.rstrip(".!?").split()
        words = [w for w in words if rng.random() > 0.2]
        for _ in range(rng.randint(1, 4)):
            words.insert(rng.randrange(len(words) + 1), rng.choice(self.glue + self.words[:200]))
        if len(words) > 3 and rng.random() < 0.5:
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
        words = [w.lower() for w in words] or ["заява"]
        words[0] = words[0].capitalize()
        return " ".join(words) + "."


def build(path: Path, claims: int = 100_000, seed: int = 7, progress=print) -> dict:
    rng = random.Random(seed)
    n_sources = max(1, claims // 5)
    n_evidence = claims * 3
    started = time.perf_counter()
    if path.exists():
        path.unlink()
    Workspace.create(path, user="benchmark").close()
    vocab = {lang: Vocabulary(lang, rng) for lang, _ in LANGS}
    langs, weights = zip(*LANGS, strict=True)

    conn = sqlite3.connect(path, isolation_level=None)
    register_text_functions(conn)  # the lemma index's triggers (migration 0009) call them
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    conn.execute("BEGIN IMMEDIATE")
    ratings = [row[0] for row in conn.execute("SELECT id FROM rating ORDER BY position")]
    actors = [
        (f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}", rng.choice(["MFA", "Duma", "MoD", "blogger", ""]))
        for i in range(max(10, claims // 40))
    ]
    conn.executemany("INSERT INTO actor(id, name, role) VALUES (?, ?, ?)", [(i + 1, *a) for i, a in enumerate(actors)])
    tags = [f"narrative {i}" for i in range(200)]
    conn.executemany("INSERT INTO tag(id, name) VALUES (?, ?)", [(i + 1, t) for i, t in enumerate(tags)])

    first_day = date(2021, 1, 1)
    narratives: dict[str, list[str]] = {lang: [] for lang in langs}
    source_rows, claim_rows, tag_rows = [], [], []
    claim_id = 0
    claim_lang = []
    for source_id in range(1, n_sources + 1):
        lang = rng.choices(langs, weights)[0]
        v = vocab[lang]
        day = first_day + timedelta(days=int(5 * 365 * source_id / n_sources))
        sentences = [v.sentence() for _ in range(rng.randint(6, 14))]
        # five claims per source, some retelling a narrative seen before
        picks = sorted(rng.sample(range(len(sentences)), min(5, len(sentences))))
        for i in picks:
            pool = narratives[lang]
            if pool and rng.random() < 0.2:
                sentences[i] = v.reword(rng.choice(pool))
            elif rng.random() < 0.05:
                pool.append(sentences[i])
        text = "\n".join(" ".join(sentences[j : j + 3]) for j in range(0, len(sentences), 3))
        created = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.randint(7, 20))
        stamp = created.strftime("%Y-%m-%d %H:%M:%S.000000")
        source_rows.append(
            (
                source_id,
                v.sentence(rng.randint(4, 9)).rstrip(".!?"),
                rng.choice(["article", "statement", "post"]),
                rng.choice(OUTLETS),
                "",
                f"https://example.org/{lang}/{source_id}",
                day.isoformat(),
                lang,
                text,
                stamp,
                stamp,
            )
        )
        offset_of = {}
        pos = 0
        for j, s in enumerate(sentences):
            found = text.index(s, pos)
            offset_of[j] = found
            pos = found + len(s)
        for i in picks:
            claim_id += 1
            start = offset_of[i]
            end = start + len(sentences[i])
            anchor = select_quote(text, start, end)
            status = rng.choices(STATUSES, (3, 2, 1, 4))[0]
            rated = status == "done" or rng.random() < 0.2
            claim_rows.append(
                (
                    claim_id,
                    source_id,
                    anchor.exact,
                    start,
                    end,
                    anchor.prefix,
                    anchor.suffix,
                    v.sentence(rng.randint(6, 12)) if rng.random() < 0.4 else "",
                    rng.randint(1, len(actors)) if rng.random() < 0.85 else None,
                    (day - timedelta(days=rng.randint(0, 3))).isoformat() if rng.random() < 0.9 else None,
                    status,
                    rng.choice(ratings) if rated else None,
                    v.sentence(rng.randint(6, 12)) if rated else "",
                    " ".join(v.sentence() for _ in range(rng.randint(1, 3))) if status == "done" else "",
                    stamp,
                    stamp,
                )
            )
            claim_lang.append(lang)
            for tag in rng.sample(range(1, len(tags) + 1), rng.randint(0, 3)):
                tag_rows.append((claim_id, tag))
            if claim_id >= claims:
                break
        if len(source_rows) >= 2000:
            _flush(conn, source_rows, claim_rows, tag_rows)
            progress(f"  {source_id:,} sources, {claim_id:,} claims  ({time.perf_counter() - started:.0f} s)")
        if claim_id >= claims:
            break
    _flush(conn, source_rows, claim_rows, tag_rows)

    evidence_rows, link_rows = [], []
    publishers = ["OPORA", "IAEA", "UN", "Reuters", "StopFake", "Detector Media", "Bellingcat"]
    for evidence_id in range(1, n_evidence + 1):
        lang = rng.choices(langs, weights)[0]
        v = vocab[lang]
        evidence_rows.append(
            (
                evidence_id,
                v.sentence(rng.randint(4, 9)).rstrip(".!?"),
                rng.choice(["document", "web_page", "dataset"]),
                f"https://evidence.example.org/{lang}/{evidence_id}/{rng.choice(v.words[:300])}",
                rng.choice(publishers),
                " ".join(v.sentence() for _ in range(rng.randint(1, 2))),
                "",
            )
        )
        # three links a claim; one in ten points at an earlier piece of evidence (shared evidence)
        link_claim = (evidence_id - 1) // 3 + 1
        target = evidence_id if evidence_id < 10 or rng.random() > 0.1 else rng.randint(1, evidence_id - 1)
        if link_claim <= claim_id:
            link_rows.append((evidence_id, link_claim, target, rng.choice(STANCES), "", (evidence_id - 1) % 3))
        if len(evidence_rows) >= 20000:
            _flush_evidence(conn, evidence_rows, link_rows)
            progress(f"  {evidence_id:,} evidence  ({time.perf_counter() - started:.0f} s)")
    _flush_evidence(conn, evidence_rows, link_rows)
    conn.execute("COMMIT")
    conn.execute("INSERT INTO claim_fts(claim_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO source_fts(source_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO evidence_fts(evidence_fts) VALUES ('optimize')")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"sources": n_sources, "claims": claim_id, "evidence": n_evidence, "seconds": time.perf_counter() - started}


def _flush(conn, source_rows, claim_rows, tag_rows) -> None:
    conn.executemany(
        "INSERT INTO source(id, title, kind, outlet, author, url, published, language, text, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        source_rows,
    )
    conn.executemany(
        'INSERT INTO claim(id, source_id, quote, start, "end", prefix, suffix, statement, claimant_id, claimed_on,'
        " status, rating_id, summary, rationale, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        claim_rows,
    )
    conn.executemany("INSERT OR IGNORE INTO claim_tag(claim_id, tag_id) VALUES (?, ?)", tag_rows)
    source_rows.clear()
    claim_rows.clear()
    tag_rows.clear()


def _flush_evidence(conn, evidence_rows, link_rows) -> None:
    stamp = "2025-01-01 00:00:00.000000"
    conn.executemany(
        "INSERT INTO evidence(id, title, kind, url, publisher, excerpt, note, created_at, updated_at)"
        f" VALUES (?, ?, ?, ?, ?, ?, ?, '{stamp}', '{stamp}')",
        evidence_rows,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO claim_evidence(id, claim_id, evidence_id, stance, note, position)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        link_rows,
    )
    evidence_rows.clear()
    link_rows.clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    summary = build(args.path, args.claims, args.seed)
    size = args.path.stat().st_size / 1e6
    print(
        f"Wrote {args.path}: {summary['sources']:,} sources, {summary['claims']:,} claims, "
        f"{summary['evidence']:,} evidence in {summary['seconds']:.0f} s ({size:.0f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
