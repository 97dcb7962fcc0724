"""The demo workspace: one short digest with five claims, their evidence and verdicts.

The digest is written by the Factdesk team for the demo (not a copy of any article); it retells
statements reported in OPORA's weekly review of Russian state narratives for 3–9 July 2023
(tests/data/weekly-review-2023-07-09.txt). It is built as workspace JSON and added with
`app.transfer`, so the demo also exercises the import path. Claim offsets are computed with
`str.index`, so they stay right whenever the text is edited.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path
from typing import Any

from app.errors import WorkspaceError
from app.transfer import FORMAT, VERSION, load_path

TITLE = "Demo: Kremlin narratives, 3–9 July 2023"

TEXT = """\
This digest was written by the Factdesk team for the demo workspace. It retells, in our own words, five statements by Russian officials from the week of 3–9 July 2023, the week before NATO's summit in Vilnius, as recorded in the weekly review of state narratives by the Ukrainian civic network OPORA. Each passage marked in the text is a claim to check.
On 7 July the United States announced that cluster munitions would be part of its next military aid package for Ukraine. Moscow reacted with outrage. Leonid Slutsky (Леонид Слуцкий), who leads the LDPR faction in the State Duma, warned of the harm such weapons do to civilians and pointed out that neither the United States, Ukraine nor Russia has signed the Convention on Cluster Munitions. He left out that Russian forces have used cluster munitions in Kramatorsk, Mykolaiv and Kharkiv.
The Foreign Ministry added two familiar lines: the munitions would only prolong the war, and the Ukrainian counter-offensive had already failed, so further aid would be wasted.
The ministry's spokeswoman, Maria Zakharova (Мария Захарова), went further and tied the arms deliveries to the riots in France: “The weapons supplied to Kyiv end up in the hands of protesters and are used against the police in France.” She asked whether President Emmanuel Macron had told the French as much. She named no weapon, no seizure and no police report.
At the UN Security Council on 6 July, during the regular briefing on resolution 2231, Russia's permanent representative Vasily Nebenzia (Василий Небензя) called the photos of downed Iranian drones in Ukraine a fake. In the same meeting he objected to UN experts inspecting the debris of drones used against Ukrainian cities.
On 4 July Dmitry Medvedev, deputy chairman of Russia's Security Council, told a meeting on manning the armed forces that in 2023, 185,000 contractors had been accepted into the Russian army. No breakdown of the figure was published.
Dmitry Peskov, the Kremlin's press secretary, said on 5 July that the occupied Zaporizhzhia nuclear power plant faced “a high threat of sabotage from the Kyiv regime, which could entail catastrophic consequences.” The same week the IAEA said its experts had seen no visible signs of mines or explosives in the parts of the plant they could reach, and asked for access to the roofs of reactor units 3 and 4.
Taken together, the statements follow the week's pattern: discredit Western military aid, deny the evidence on Iranian drones, and blame Kyiv in advance for anything that may happen at the Zaporizhzhia plant."""

#: id, name, role
ACTORS = [
    ("slutsky", "Leonid Slutsky", "State Duma deputy, leader of the LDPR faction"),
    ("zakharova", "Maria Zakharova", "Spokeswoman, Ministry of Foreign Affairs of Russia"),
    ("nebenzia", "Vasily Nebenzia", "Permanent Representative of Russia to the United Nations"),
    ("medvedev", "Dmitry Medvedev", "Deputy Chairman, Security Council of Russia"),
    ("peskov", "Dmitry Peskov", "Press secretary of the President of Russia"),
]

_APPROXIMATE = "The review places the statement in the week of 3–9 July without a day; the date here is approximate."

CLAIMS = [
    {
        "id": "cluster",
        "quote": "neither the United States, Ukraine nor Russia has signed the Convention on Cluster Munitions",
        "statement": "The United States, Ukraine and Russia are not parties to the Convention on Cluster Munitions.",
        "claimant": "slutsky",
        "claimed_on": "2023-07-07",
        "tags": ["cluster munitions", "Western aid"],
        "status": "done",
        "rating": "True",
        "summary": "Correct: none of the three has signed or acceded to the 2008 Convention.",
        "rationale": "The treaty's list of states parties and signatories includes none of the three. "
        "The statement is accurate, though it leaves out Russia's own use of cluster munitions in Ukraine. "
        + _APPROXIMATE,
    },
    {
        "id": "france",
        "quote": "The weapons supplied to Kyiv end up in the hands of protesters and are used against the police in France",
        "statement": "Weapons supplied to Ukraine are used by rioters against the police in France.",
        "claimant": "zakharova",
        "claimed_on": "2023-07-05",
        "tags": ["weapons diversion", "Western aid"],
        "status": "done",
        "rating": "False",
        "summary": "No evidence: French authorities reported no military weapons from Ukraine in the riots.",
        "rationale": "The French interior ministry's accounts of the riots list arrests, fireworks and arson, "
        "not weapons traced to Ukraine; Zakharova cited no case. " + _APPROXIMATE,
    },
    {
        "id": "drones",
        "quote": "called the photos of downed Iranian drones in Ukraine a fake",
        "statement": "Photos of downed Iranian drones in Ukraine are fake.",
        "claimant": "nebenzia",
        "claimed_on": "2023-07-06",
        "tags": ["Iranian drones", "denial of evidence"],
        "status": "in_review",
        "rating": "False",
        "summary": "Debris of Iranian-designed Shahed drones has been documented in Ukraine many times.",
        "rationale": "At the same meeting several Council members described recovered drone debris and asked "
        "for a UN inspection, which Russia opposed.",
    },
    {
        "id": "contractors",
        "quote": "in 2023, 185,000 contractors had been accepted into the Russian army",
        "statement": "In 2023, 185,000 people signed contracts to serve in the Russian army.",
        "claimant": "medvedev",
        "claimed_on": "2023-07-04",
        "tags": ["mobilisation", "recruitment figures"],
        "status": "in_review",
        "rating": "Unproven",
        "summary": "An official figure that no published data allows anyone to check.",
        "rationale": "The number comes from Medvedev alone; no breakdown by month or region has been published.",
    },
    {
        "id": "znpp",
        "quote": "a high threat of sabotage from the Kyiv regime",
        "statement": "Ukraine is preparing sabotage at the Zaporizhzhia nuclear power plant.",
        "claimant": "peskov",
        "claimed_on": "2023-07-05",
        "tags": ["nuclear blackmail", "Zaporizhzhia NPP"],
        "status": "researching",
        "rating": None,
        "summary": "",
        "rationale": "",
    },
]

_ILLUSTRATIVE = "Illustrative demo data: the excerpt is paraphrased; check the original before citing it."

EVIDENCE = [
    {
        "id": "ccm-parties",
        "title": "Convention on Cluster Munitions: States Parties and Signatories",
        "kind": "web_page",
        "url": "https://www.clusterconvention.org/states-parties/",
        "publisher": "Convention on Cluster Munitions Implementation Support Unit",
        "published": None,
        "accessed": "2023-07-10",
        "excerpt": "The list of States Parties and signatories does not include the United States, Russia or Ukraine.",
        "note": _ILLUSTRATIVE,
    },
    {
        "id": "untc",
        "title": "UN Treaty Collection: Convention on Cluster Munitions, status",
        "kind": "document",
        "url": "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26&clang=_en",
        "publisher": "United Nations Office of Legal Affairs",
        "published": None,
        "accessed": "2023-07-10",
        "excerpt": "Status of the Convention as deposited with the Secretary-General: signatures, ratifications and accessions.",
        "note": _ILLUSTRATIVE,
    },
    {
        "id": "unsc",
        "title": "Security Council, 9367th meeting: non-proliferation (resolution 2231), 6 July 2023",
        "kind": "document",
        "url": "https://press.un.org/en/2023/sc15344.doc.htm",
        "publisher": "United Nations",
        "published": "2023-07-06",
        "accessed": "2023-07-10",
        "excerpt": "Members raised alleged transfers of Iranian drones to Russia for use in Ukraine; Iran and Russia "
        "disputed the evidence, and several States called for a Secretariat inspection of recovered debris.",
        "note": _ILLUSTRATIVE,
    },
    {
        "id": "interieur",
        "title": "Ministère de l'Intérieur: urban violence, 27 June – 5 July 2023",
        "kind": "statement",
        "url": "https://www.interieur.gouv.fr/actualites/communiques",
        "publisher": "French Ministry of the Interior",
        "published": "2023-07-05",
        "accessed": "2023-07-10",
        "excerpt": "Nightly figures on arrests, injured police officers, burned vehicles and damaged buildings; "
        "no mention of military weapons from Ukraine.",
        "note": _ILLUSTRATIVE,
    },
    {
        "id": "contracts",
        "title": "Russian Security Council: meeting on manning the armed forces under contract, 4 July 2023",
        "kind": "statement",
        "url": "http://www.scrf.gov.ru/news/allnews/",
        "publisher": "Security Council of the Russian Federation",
        "published": "2023-07-04",
        "accessed": "2023-07-10",
        "excerpt": "Medvedev says 185,000 people have been accepted into the army under contract since 1 January.",
        "note": _ILLUSTRATIVE + " The Russian Ministry of Defence publishes no figures to compare with.",
    },
    {
        "id": "iaea",
        "title": "IAEA Director General statement on the situation in Ukraine, 5 July 2023",
        "kind": "statement",
        "url": "https://www.iaea.org/newscenter/focus/ukraine",
        "publisher": "International Atomic Energy Agency",
        "published": "2023-07-05",
        "accessed": "2023-07-10",
        "excerpt": "IAEA experts have so far seen no visible indications of mines or explosives at the site and have asked "
        "for access to the rooftops of reactor units 3 and 4.",
        "note": _ILLUSTRATIVE,
    },
]

#: claim, evidence, stance, note
LINKS = [
    ("cluster", "ccm-parties", "supports", "None of the three is listed."),
    ("cluster", "untc", "supports", "The depositary's record agrees."),
    ("france", "interieur", "refutes", "The official account of the riots mentions no such weapons."),
    (
        "france",
        "unsc",
        "context",
        "The same week's pattern: evidence about weapons in Ukraine denied, "
        "while Western weapons are said to leak out of it. The record itself says nothing about France.",
    ),
    ("drones", "unsc", "refutes", "Council members described recovered debris; Russia opposed an inspection."),
    ("contractors", "contracts", "context", "Confirms the figure was given; it does not confirm the figure."),
    ("znpp", "iaea", "context", "No mines or explosives seen where the inspectors could go; roofs not yet inspected."),
]


#: the demo organisation's web site (a reserved example domain): ClaimReview's author and fact-check URLs
DEMO_SITE = "https://factdesk.example"


def demo_data() -> dict[str, Any]:
    """The demo workspace as workspace JSON (see docs/workspace-json.md); a new copy on every call."""
    claims = []
    for claim in deepcopy(CLAIMS):
        start = TEXT.index(claim["quote"])
        claims.append({**claim, "source": "digest", "start": start, "end": start + len(claim["quote"])})
        if claim["rating"]:  # where the team's published fact-check would be (ClaimReview `url`)
            claims[-1]["review_url"] = f"{DEMO_SITE}/checks/{claim['id']}"
    return {
        "format": FORMAT,
        "version": VERSION,
        "sources": [
            {
                "id": "digest",
                "title": TITLE,
                "kind": "article",
                "outlet": "Factdesk demo",
                "author": "Factdesk team",
                "url": "",
                "published": "2023-07-10",
                "language": "en",
                "text": TEXT,
            }
        ],
        "organisation": {"name": "Factdesk demo team", "url": DEMO_SITE, "logo": ""},
        "actors": [{"id": key, "name": name, "role": role} for key, name, role in ACTORS],
        "claims": claims,
        "evidence": deepcopy(EVIDENCE),
        "links": [{"claim": c, "evidence": e, "stance": s, "note": n} for c, e, s, n in LINKS],
    }


def write_demo(path: str | Path) -> Path:
    """Create the demo workspace at `path`, which must not exist yet."""
    path = Path(path)
    if path.exists():
        raise WorkspaceError(f"{path} already exists; the demo is only written to a new file.")
    load_path(path, demo_data(), new=True)
    return path
