"""The outlet of a saved page: the site's own name, never the article's headline.

Sites say their name in many places, each wrong somewhere: `og:site_name` is sometimes a section
("U.S." on Reuters) or a tagline ("Aktuálně.cz - Víte, co se právě děje"); trafilatura falls back
to the whole title when it finds nothing better (a Russian news page got its headline as its
outlet). So every candidate is cleaned of taglines, one that merely repeats the title is dropped,
and a name that matches the page's host ("Аргументы и Факты" for aif.ru, by its initials) wins.
A title's trailing " | Site" segment is used only when it matches the host.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

#: outlets fact-checkers in Ukraine meet most, by host (a name the page itself may not give)
KNOWN_OUTLETS = {
    "aif.ru": "Аргументы и Факты",
    "kp.ru": "Комсомольская правда",
    "mk.ru": "Московский комсомолец",
    "ria.ru": "РИА Новости",
    "tass.ru": "ТАСС",
    "rt.com": "RT",
    "lenta.ru": "Лента.ру",
    "rbc.ru": "РБК",
    "iz.ru": "Известия",
    "rg.ru": "Российская газета",
    "kommersant.ru": "Коммерсантъ",
    "gazeta.ru": "Газета.Ru",
    "vz.ru": "Взгляд",
    "1tv.ru": "Первый канал",
    "vesti.ru": "Вести",
    "ntv.ru": "НТВ",
    "ren.tv": "РЕН ТВ",
    "meduza.io": "Meduza",
    "novayagazeta.ru": "Новая газета",
    "pravda.com.ua": "Українська правда",
    "epravda.com.ua": "Економічна правда",
    "eurointegration.com.ua": "Європейська правда",
    "unian.ua": "УНІАН",
    "unian.net": "УНІАН",
    "unn.com.ua": "УНН",
    "ukrinform.ua": "Укрінформ",
    "interfax.com.ua": "Інтерфакс-Україна",
    "24tv.ua": "24 Канал",
    "tsn.ua": "ТСН",
    "zaxid.net": "ZAXID.NET",
    "suspilne.media": "Суспільне",
    "hromadske.ua": "Громадське",
    "radiosvoboda.org": "Радіо Свобода",
    "nv.ua": "НВ",
    "censor.net": "Цензор.НЕТ",
    "liga.net": "LIGA.net",
    "rbc.ua": "РБК-Україна",
    "glavcom.ua": "Главком",
    "focus.ua": "Фокус",
    "segodnya.ua": "Сегодня",
    "strana.ua": "Страна.ua",
    "obozrevatel.com": "Обозреватель",
    "stopfake.org": "StopFake",
    "voxukraine.org": "VoxUkraine",
    "bbc.com": "BBC",
    "bbc.co.uk": "BBC",
    "reuters.com": "Reuters",
    "apnews.com": "AP News",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "cnn.com": "CNN",
    "dw.com": "DW",
    "rferl.org": "Radio Free Europe/Radio Liberty",
    "lemonde.fr": "Le Monde",
    "spiegel.de": "DER SPIEGEL",
}

_TRANSLIT = dict(
    zip(
        "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя",
        [*"abvggdeee", "zh", "z", *"iiiiklmnoprstufhc", "ch", "sh", "sch", "_", "y", "_", "e", "yu", "ya"],
        strict=True,
    )
)
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::\.?|·|•|»|/)\s+")
_EMAIL = re.compile(r"\S+@\S+")
_SECOND_LEVEL = {"com", "co", "org", "net", "gov", "edu", "ac", "in", "or", "ne", "go"}


def host_of(url: str) -> str:
    """The site's host without "www." ("aif.ru", "sport.aktualne.cz"), or "" for no URL."""
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    try:
        host = (urlsplit(url).hostname or "") if re.match(r"[a-z][a-z0-9+.-]*://", url, re.I) else ""
    except ValueError:
        return ""
    return host.removeprefix("www.").lower()


def site_of(host: str) -> str:
    """The registrable part of a host: "shop.nmb-media.de" → "nmb-media.de", "www.unn.com.ua" → "unn.com.ua"."""
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def _latin(text: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower()).replace("_", "")


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", _latin(text))


def matches_host(name: str, host: str) -> bool:
    """Whether `name` is plausibly the name of the site at `host`: the host's main label appears
    in it (in Latin letters), or it appears in the label, or its initials spell it (АиФ, aif.ru)."""
    if not host or not name:
        return False
    label = re.sub(r"[\W_]+", "", site_of(host).split(".")[0])
    squashed = _squash(name)
    if not label or not squashed:
        return False
    if label in squashed or (len(squashed) >= 3 and squashed in label):
        return True
    initials = "".join(_latin(word)[:1] for word in re.findall(r"\w+", name))
    return len(initials) >= 2 and initials == label


def _same_as_title(name: str, title: str) -> bool:
    a, b = _squash(name), _squash(title)
    return bool(a) and bool(b) and (a == b or (a in b and len(a) > 0.6 * len(b)) or (b in a))


def clean(name: str) -> str:
    """A site name without its tagline ("Aktuálně.cz - Víte, co se právě děje" → "Aktuálně.cz")
    or e-mail address; "" if nothing sensible is left."""
    name = _EMAIL.sub("", " ".join(str(name).split())).strip(" -|,;:.")
    name = _SEPARATORS.split(name)[0].strip()
    if ". " in name and len(name) > 60:  # "Agency (UNN). All the latest news of the day…"
        name = name.split(". ")[0]
    if not name or len(name) > 80 or not re.search(r"\w", name):
        return ""
    if re.fullmatch(r"[a-z]{2}(?:[-_][A-Za-z]{2})?|[a-z]+-[a-z]+-[A-Z]{2}", name):  # a locale ("news-en-US")
        return ""
    return name


def publishers(json_ld: Iterable[str]) -> Iterator[str]:
    """The names of the publishers a page's JSON-LD blocks give, in order."""
    for block in json_ld:
        try:
            data = json.loads(block, strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                publisher = item.get("publisher")
                for one in publisher if isinstance(publisher, list) else [publisher]:
                    if isinstance(one, dict) and isinstance(one.get("name"), str):
                        yield one["name"]
                    elif isinstance(one, str):
                        yield one
                stack.extend(v for k, v in item.items() if k != "publisher" and isinstance(v, (dict, list)))


def title_segments(title: str) -> list[str]:
    """A title's segments, the trailing ones first, last first, then its head
    ("Headline | World | Site" → "Site", "World", "Headline"; "Moment.js | Home" → "Home", "Moment.js")."""
    parts = _SEPARATORS.split(" ".join(title.split()))
    return [*reversed(parts[1:]), parts[0]] if len(parts) > 1 else []


def _is_host(name: str, host: str) -> bool:
    return name.strip().lower().removeprefix("www.") in (host, site_of(host))


def choose(
    *,
    title: str,
    url: str,
    stated: Iterable[str],
    json_ld: Iterable[str] = (),
    titles: Iterable[str] = (),
    found: str = "",
) -> str:
    """The outlet: the first stated name (og:site_name, application-name…), JSON-LD publisher,
    segment of a title (`title` and other `titles` the page has) or extractor's guess (`found`)
    that matches the host; else the known name of the host; else the first stated or JSON-LD name
    that is not the title; else the host."""
    host = host_of(url)
    all_titles = [t for t in dict.fromkeys([title, *titles]) if t]

    def usable(names: Iterable[str], *, strict: bool = True) -> list[str]:
        out = []
        for raw in names:
            name = clean(raw)
            whole = any(_squash(name) == _squash(t) for t in all_titles)
            title_like = strict and any(_same_as_title(name, t) for t in all_titles)
            if name and not whole and not title_like and name not in out:
                out.append(name)
        return out

    own = usable(stated)
    published = usable(publishers(json_ld))
    segments = [segment for t in all_titles for segment in title_segments(t)]
    for name in [*own, *published, *usable(segments, strict=False), *usable([found])]:
        if not _is_host(name, host) and matches_host(name, host):
            return name
    if host and site_of(host) in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[site_of(host)]
    if own or published:
        return (own or published)[0]
    return host if "." in host and not host.replace(".", "").isdigit() else ""
