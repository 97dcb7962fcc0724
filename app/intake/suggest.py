"""Which sentences are worth checking: an offline ranking by cues a fact-checker looks for.

Each sentence scores for: an attributed statement (said, claimed, заявив, заявил, according to,
за словами, по словам…), a direct quotation, figures, dates, comparisons and superlatives,
named people and institutions, and words that call something fake or false. It loses for being
a question, a heading, the author's own hedged comment, a forecast, or very short. The reasons
travel with the score, so the analyst sees why a sentence was put forward.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.intake.result import for_matching
from app.intake.sentences import sentences


@dataclass(frozen=True)
class Suggestion:
    start: int
    end: int
    score: float
    reasons: tuple[str, ...]


class _Lexicon:
    """Words, phrases (words joined by "_") or stems (`stems=True`) looked for in a sentence's
    tokens: one tokenisation per sentence instead of a regular expression per list."""

    def __init__(self, *groups: str, stems: bool = False) -> None:
        entries = {w.lower() for group in groups for w in group.split()}
        self.stems = tuple(sorted(entries)) if stems else ()
        self.words = frozenset() if stems else frozenset(e for e in entries if "_" not in e)
        phrases = sorted((e for e in entries if "_" in e and not stems), key=len, reverse=True)
        alternatives = "|".join(re.escape(p).replace("_", r"\s+") for p in phrases)
        self.phrases = re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])", re.I) if phrases else None

    def search(self, tokens: list[str], text: str) -> bool:
        if self.stems:
            return any(token.startswith(self.stems) for token in tokens)
        if not self.words.isdisjoint(tokens):
            return True
        return self.phrases is not None and self.phrases.search(text) is not None


class _Verbs(_Lexicon):
    """Stems of verbs, found in their finite forms only: "заявив", "подчеркнул", but not the
    infinitive of the writer's own "следует подчеркнуть", "варто заявити"."""

    def search(self, tokens: list[str], text: str) -> bool:
        return any(token.startswith(self.stems) and not token.endswith(_INFINITIVE) for token in tokens)


_INFINITIVE = ("ть", "ти", "ться", "тися", "чь")


def _words(*groups: str) -> _Lexicon:
    return _Lexicon(*groups)


def _stems(*groups: str) -> _Lexicon:
    """Words starting with one of the stems (for inflected Ukrainian and Russian forms)."""
    return _Lexicon(*groups, stems=True)


_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")


_ATTRIBUTION = (
    _words(
        """said says say told tells stated states claimed claims claim declared declares announced announces
        argued argues asserted asserts insisted insists alleged alleges added adds noted notes stressed stresses
        emphasized emphasised emphasizes emphasises reported reports confirmed confirms denied denies accused
        accuses threatened threatens warned warns wrote writes tweeted posted admitted admits estimated
        estimates called calls referred refers pointed_out mentioned explained described describes
        characterized characterised""",
    ),
    _Verbs(
        # uk
        """заяви сказа повідоми зазнач наголоси підкресли стверджу запевни оголоси підтверди заперечи
        звинувати написа пише додав додала поскаржи назва називає попереди погрожу охарактеризува
        розповіла розповів розповіли поясни
        """,
        # ru
        """заявил заявля сказал сообщи сообща отмети подчеркну утвержда уверя объяви подтверди опроверг
        обвини написал пишет добави пожаловал назвал называ предупреди угрожа охарактеризова
        рассказа поясни""",
        stems=True,
    ),
)
_ACCORDING = _words(
    """according_to quoting citing in_the_words_of
    за_словами за_даними як_повідомляє як_повідомили як_повідомляють за_інформацією з_посиланням_на згідно_з
    по_словам по_данным как_сообщает как_сообщили как_сообщают по_информации со_ссылкой_на согласно""",
)
_QUOTE = re.compile(r"[“”„«»\"][^“”„«»\"]{12,}[“”„«»\"]")
_NUMBER = re.compile(
    r"(?<![\w.])(?:\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent|percent|відсот\w*|процент\w*|"
    r"thousand|million|billion|trillion|тис\.?|тисяч\w*|млн\.?|мільйон\w*|миллион\w*|млрд\.?|мільярд\w*|миллиард\w*|"
    r"тыс\.?|тысяч\w*|\$|€|грн|руб\w*|usd|eur|uah|km|км|kg|кг|tons?|тонн?\w*)?",
    re.I,
)
_NUMBER_WORDS = _words(
    """thousands millions billions hundreds dozens twice double doubled tripled half
    тисячі мільйони мільярди сотні десятки вдвічі подвоїв половин
    тысячи миллионы миллиарды сотни десятки вдвое удвоил половин""",
)
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "
    "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"
)
_DAYS = "monday tuesday wednesday thursday friday saturday sunday yesterday вчора вчера"
_MONTH_WORDS = _words(_MONTHS, _DAYS).words
_WEEKDAY_STEMS = _stems("понеділ вівтор середу четвер п'ятниц п’ятниц субот суббот неділ воскресен").stems
_DATE = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")


_COMPARISON = (
    _words(
        """more_than less_than fewer_than greater_than higher_than lower_than larger_than smaller_than worse_than
        better_than as_many_as as_much_as times_more times_less compared_to compared_with record unprecedented
        largest biggest highest lowest smallest worst best most least first_time only majority minority
        increase increased decrease decreased rose fell grew dropped doubled
        більше менше ніж порівняно_з рекорд рекордний рекордна безпрецедентний безпрецедентна вперше єдиний
        єдина більшість меншість зріс зросла зросли впав впала скоротився скоротилася
        больше меньше чем по_сравнению_с рекорд рекордный рекордная беспрецедентный беспрецедентная впервые
        единственный единственная большинство меньшинство вырос выросла выросли упал упала сократился""",
    ),
    _stems("найбільш наймен найвищ найниж найкращ найгірш наибол наимен самый самая самое самые самых"),
)
_FAKE = _words(
    """fake fakes false falsely lie lies lying hoax staged fabricated fabrication
    фейк фейком фейки фейковий фейкові фейкова неправда брехня вигадка вигадки постановка постановочні
    ложь лживый выдумка постановочные""",
)
_INSTITUTIONS = _stems(
    """ministry minister council parliament government duma senate congress agency office commission committee
    army forces court bank service department president secretary spokesman spokeswoman spokesperson chairman
    deputy representative ambassador embassy headquarters intelligence police prosecutor
    convention treaty resolution law decree sanction
    конвенці договор угод резолюці закон указ постанов санкці
    міністер міністр рада уряд дума парламент агентств офіс комісі комітет армі сили суд банк служб президент
    секретар речни голов заступник представни посол посольств штаб розвідк поліці прокурат
    министер министр совет правительств дума парламент агентств офис комисси комитет арми силы суд банк служб
    президент секретар пресс-секретар председател заместител представител посол посольств штаб разведк полици
    прокурат"""
)
_ACRONYM = re.compile(r"(?<!\w)[A-ZА-ЯІЇЄҐ]{2,6}(?!\w)")
_NAME = re.compile(r"(?<![\w’'])[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґёʼ’'-]+(?:\s+[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґёʼ’'-]+)+")
# a capitalised word inside a sentence (not after an opening quote or a colon): a name
_PROPER = re.compile(r"(?<=[\w,;)] )[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґёʼ’'-]{2,}")
_HEDGE = _words(
    """certainly obviously of_course interestingly it_is_interesting clearly undoubtedly apparently perhaps
    in_our_opinion we_believe we_think i_think seems beyond_any_doubt appears_to appear_to conjecture
    звісно звичайно безумовно очевидно цікаво на_нашу_думку вочевидь мабуть здається ймовірно схоже певно
    конечно безусловно очевидно интересно на_наш_взгляд по-видимому наверное кажется похоже видимо мол
    можно_было_бы""",
)
_FUTURE = _words(
    """will would may might could should must going_to expect expects
    буде будуть може можуть мусить має намір планує очікується прогнозують
    будет будут может могут должен должны намерен планирует ожидается прогнозируют""",
)
_EVENT = (
    _words(
        """killed attacked struck shelled destroyed captured signed supplied transferred approved violated accepted
        arrested launched deployed banned adopted passed received sent shot died wounded""",
    ),
    _stems(
        """загинул вбив вбили атакува обстріля знищи захопи підписа передал передали ухвали порушив прийнял отрима
        погибл убил убили атакова обстреля уничтожи захвати подписа утверди нарушил принял получи""",
    ),
)
_ABSOLUTE = _words(
    """neither never none no_one nobody all_of every always
    жоден жодна жодного ніхто ніколи всі_без_винятку завжди
    ни_один ни_одна никто никогда все_без_исключения всегда""",
)
_NORMATIVE = _words(
    """should must ought_to need_to needs_to have_to has_to urged urges called_on calls_on
    має_бути мусить повинен повинна повинні треба слід закликав закликала
    должен должна должны нужно следует надо призвал призвала""",
)
_OPINION = _words(
    """argues argued believes believe thinks think hopes hoped feels felt considers expressed_confidence
    intimidates implied implies
    вважає вважають сподівається переконаний переконана висловив_впевненість
    считает считают надеется уверен уверена выразил_уверенность""",
)
_FIRST_PERSON = _words("we i our us ми я наш наша наші нас мы наш наша наши нас")
_PRONOUN_START = _words("she he they it this that these such він вона вони це ці такі он она они это эти такие")
# who speaks: a role or title that stands for a person (a name is found by _NAME)
_SPEAKERS = _stems(
    """spokes minister president premier prime general colonel major captain officer official ambassador envoy
    representative chairman chairwoman chair head director chief secretary deputy senator mayor governor
    prosecutor investigator detective analyst expert researcher scientist witness lawyer adviser advisor
    речни міністр президент прем'єр прем’єр генерал полковник посадов посол представни голов директор
    керівни секретар заступник депутат мер губернатор прокурор слідч детектив аналітик експерт свідк
    адвокат радни нардеп генпрокурор
    пресс-секретар министр премьер полковник чиновни председател глав руководител заместител
    губернатор следовател свидетел советни""",
)
_HE_SAID = _words("he she they він вона вони он она они")
# "Read also", "Читайте також": links to other stories, not statements
_NAVIGATION = re.compile(
    r"^\W*(?:read(?:\s+(?:more|also|via))?|via|see\s+also|related|читайте|детальніше|подробнее|до\s+теми|"
    r"по\s+теме|зверніть\s+увагу|дивіться\s+також|смотрите\s+также)\b",
    re.IGNORECASE,
)
_COLON_QUOTE = re.compile(r"[^\W\d_]\s?:\s*[“„«\"]")
# a news agency's dateline: "MOSCOW, Sept 17 (Reuters) - ", "KYIV (AP) — "
_DATELINE = re.compile(r"[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’. -]{2,30}(?:,[^()\n]{1,30})?\s*(?:\([^)\n]{1,40}\))?\s*[-–—]\s")
_NOT_SAYING = re.compile(r"\bwhat\s+(?:it|he|she|they|we)\s+call(?:s|ed)?\b|\bso-called\b", re.IGNORECASE)
_UK_FUTURE = ("тиме", "тимуть", "тиму", "тимемо", "тимеш", "тимете")  # Ukrainian synthetic future


def score_sentence(
    sentence: str, *, is_heading: bool = False, before: str = "", before_named: bool = False
) -> tuple[float, tuple[str, ...]]:
    """(score, reasons) of one sentence; a score of 0 or less means not worth suggesting.
    `before` is the sentence before it and `before_named` whether it named someone: where a
    "…," he said finds who "he" is."""
    text = for_matching(sentence)
    tokens = [token.lower() for token in _TOKEN.findall(text)]
    score = 0.0
    reasons: list[str] = []

    def add(points: float, reason: str) -> None:
        nonlocal score
        score += points
        if reason and points > 0:
            reasons.append(reason)

    if _NAVIGATION.search(text):
        return -3.0, ()  # "Read also: …", a link to another story
    quoted = bool(_QUOTE.search(text))
    # the words outside quotation marks are the writer's (or the reporting); inside, the speaker's
    own = _QUOTE.sub(" ", text) if quoted else text
    own_tokens = [token.lower() for token in _TOKEN.findall(own)] if quoted else tokens
    # "what it called new evidence" reports no one's words
    saying = _NOT_SAYING.sub(" ", text) if "all" in text else text
    saying_tokens = tokens if saying == text else [token.lower() for token in _TOKEN.findall(saying)]
    attributed = any(p.search(saying_tokens, saying) for p in _ATTRIBUTION)
    # words introduced by a colon: "Venediktova said: “…”", "Давайте послушаем его: «…»"
    attributed = attributed or bool(quoted and _COLON_QUOTE.search(text))
    according = _ACCORDING.search(tokens, text)
    if attributed:
        add(2.0, "attributed statement")
    elif according:
        add(1.5, "attributed (according to)")
    if quoted:
        add(1.0 if (attributed or according) else 0.5, "direct quotation")
    names = [n for n in _NAME.findall(text[1:]) if len(n) > 4]
    proper = {w for w in _PROPER.findall(text) if not text.startswith(w)}
    institutions = _INSTITUTIONS.search(tokens, text) or _ACRONYM.search(text)
    if attributed or according:
        # who says it: a named person, a role ("the spokesman", "речниця"), or "he said" after a name
        speaker = bool(names or proper or _SPEAKERS.search(own_tokens, own))
        if not speaker and before:
            first = _TOKEN.match(own.lstrip(" \"“„«—–-"))
            if first and first.group(0)[:1].isupper() and first.group(0) in before:
                speaker = True  # "Varin said…" after a sentence naming Nikolai Varin
            elif not _HE_SAID.words.isdisjoint(own_tokens):  # "…," he said
                speaker = before_named
        if speaker:
            add(1.5 if quoted else 1.0, "speech of a named person")
        elif institutions:
            add(0.5, "")
    numbers = [m.group(0) for m in _NUMBER.finditer(text) if m.group(0).strip()]
    dates = (
        _DATE.findall(text) or not _MONTH_WORDS.isdisjoint(tokens) or any(t.startswith(_WEEKDAY_STEMS) for t in tokens)
    )
    quantities = [n for n in numbers if not re.fullmatch(r"(?:1[89]\d\d|20\d\d|\d{1,2})", n.strip())]
    if quantities or _NUMBER_WORDS.search(tokens, text):
        big = any(len(re.sub(r"\D", "", n)) >= 3 or re.search(r"%|\D{2,}", n.strip()) for n in quantities)
        add(2.0 if big else 1.0, "figures")
    if dates or re.search(r"\b(?:on|since|until|in)\s+\d{1,2}\b", text):
        add(0.75, "date")
    if any(p.search(tokens, text) for p in _COMPARISON):
        add(1.0, "comparison or superlative")
    if names:
        add(1.0 + 0.25 * min(len(names) - 1, 2), "named people or bodies")
    elif proper:
        add(0.75 if len(proper) > 1 else 0.5, "named people or places")
    if institutions:
        add(0.75, "institution")
    if _FAKE.search(tokens, text):
        add(1.5, "calls something fake or false")
    if any(p.search(tokens, text) for p in _EVENT):
        add(0.75, "reported event")
    if _ABSOLUTE.search(tokens, text):
        add(0.5, "absolute claim")
    stripped = text.rstrip(" ”»\"')")
    if stripped.endswith("?") and not (attributed and quoted):
        add(-2.0, "")
    if is_heading:
        add(-1.5, "")
    if _DATELINE.match(text):
        add(-2.5, "")  # "MOSCOW, Sept 17 (Reuters) - …": the reporter's summary; what was said follows
    if own.rstrip(" ”»\"')").endswith("!"):
        add(-0.5, "")  # the writer's exclamation
    # the writer's own hedges, forecasts, prescriptions and opinions; a speaker's, inside quotation
    # marks ("We believe there is absolutely no proof," the general said), are what is to be checked
    if _HEDGE.search(own_tokens, own):
        add(-1.25, "")
    if (_FUTURE.search(own_tokens, own) or any(t.endswith(_UK_FUTURE) for t in own_tokens)) and not attributed:
        add(-0.75, "")
    if _NORMATIVE.search(own_tokens, own):
        add(-1.0, "")  # what ought to be done is not a fact to check
    if _OPINION.search(own_tokens, own):
        add(-0.75, "")
    if _FIRST_PERSON.search(own_tokens, own):
        add(-0.5, "")
    if tokens and tokens[0] in _PRONOUN_START.words and not names and not attributed:
        add(-0.5, "")  # "They…", "This…": leans on the sentence before it
    length = len(text)
    if length < 40:
        add(-1.5, "")
    elif length > 450:
        add(-0.5, "")
    return round(score, 2), tuple(reasons)


_NEAR = 200  # characters looked at around a sentence to see whether it has its line to itself


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether only blanks stand between text[start:end] and the line breaks around it.

    Only _NEAR characters either side are looked at, so a sentence in a paragraph of millions of
    characters costs no more than one in a short one (more than _NEAR blanks count as text)."""
    before = text[max(0, start - _NEAR) : start]
    cut = before.rfind("\n")
    if cut < 0 and start > _NEAR:
        return False
    after = text[end : end + _NEAR]
    stop = after.find("\n")
    if stop < 0 and end + _NEAR < len(text):
        return False
    return before[cut + 1 :].strip() == "" and after[: stop if stop >= 0 else None].strip() == ""


def suggest(text: str, language: str = "", top: int | None = 15) -> list[Suggestion]:
    """The `top` sentences most worth checking, best first (ties in reading order);
    `top=None` ranks them all. Only sentences with a positive score are suggested."""
    ranked = []
    before, before_named = "", False
    for start, end in sentences(text, language):
        sentence = text[start:end]
        is_heading = _alone_on_line(text, start, end) and not re.search(r"[.!?…:;\"”»]$", sentence)
        score, reasons = score_sentence(sentence, is_heading=is_heading, before=before, before_named=before_named)
        if score > 0:
            ranked.append(Suggestion(start, end, score, reasons))
        before = sentence
        before_named = bool({"speech of a named person", "named people or bodies"} & set(reasons))
    ranked.sort(key=lambda s: (-s.score, s.start))
    return ranked if top is None else ranked[:top]
