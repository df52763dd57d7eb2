"""Corroboration: which claims several articles carry, and on how many independent sources.

`corroboration(quotes, numbers, articles, matches, paragraphs=None)` returns one row per claim
carried by two or more articles (schema.CORROBORATION):

- a figure claim is a cluster around its most precise figure (`clusters`): figures linked by
  agree / less_precise rows form a candidate group; in each group the most precise figure not
  yet placed seeds a claim, and every figure that agrees with that seed itself (relate.relate
  says agree or less_precise) joins it. Membership is never passed along a chain, so "4" and
  "1,000" cannot meet through a row of vaguer figures; a vague figure joins at most one claim
  (the most precise seed it agrees with) and never joins two, nor a claim its own article's
  sharper figure conflicts with ("miles" beside "5.300" backs no other outlet's "3.500");
  figures of different events never agree, so never share a claim.
- a quote claim is every copy of one quote (same, variant, truncated, translated rows).
- upstream: where each member came from (`upstreams`): a figure's named source (AP,
  Migración Colombia), else the wire service its article credits (articles.csv upstream:
  "(AP) —"), else the article it was copied from (near-identical wire copy,
  credits.copy_groups), else the outlet itself; a quote's `via`, else the same chain.
  independent_sources counts the distinct upstreams (`independent_count`): two outlets printing
  one AP story are one source, and one source named two ways, in one article or in two, in any
  language, counts once (`source_identity`: linking.source_key over the name's words mapped to
  English by data/reference/source_words.csv, nationality words set aside: "Ministerio del
  Interior francés" = "Interior Ministry"; an acronym and its name: "SML" = "Servicio Médico
  Legal"); upstream keeps each name as written. A generic name ("government", "police") stays
  apart from a specific body ("Interior Ministry").
- ranks and ages (the "second" day of strikes, a "34-year-old") are no claims to corroborate
  (`is_claim`): they are still paired in matches.csv.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import pandas as pd

from claimdiff import schema
from claimdiff.frames import Frame, articles_info, build, strings
from claimdiff.linking import outlet_key, replace_phrases, source_key, source_name
from claimdiff.reference import canonical_outlet, fold, table
from claimdiff.relate import Peers, is_candidate, relate

_WORD = re.compile(r"[^\W_]+(?:'s)?")
# Measures and units (numbers.csv kind/measure, unit) of figures that are no claim to
# corroborate: ranks and ages.
NOT_CLAIMS = frozenset(("ordinal", "age"))
AGREEING = ("same", "variant", "truncated", "translated", "agree", "less_precise")
CORROBORATION = schema.CORROBORATION


class _Sets:
    """Union-find over ids."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for x in list(self.parent):
            out[self.find(x)].append(x)
        return [sorted(v) for v in out.values()]


def _variant(f: Frame) -> tuple:
    """What labelling reads of a frame, without which article printed it."""
    return (f.measure, f.unit, f.concept, f.group, f.event, f.qualifier, f.value, f.low, f.high,
            f.places, f.as_of, f.moment, f.period, f.source, f.sites, f.published, f.denies, f.story_day,
            f.countries)


def clusters(frames: list[Frame], links: list[tuple[str, str]]) -> list[list[Frame]]:
    """Claims (lists of frames, seed first) from agree links; see the module docstring."""
    by_id = {f.id: f for f in frames}
    sets = _Sets()
    for left, right in links:
        if left in by_id and right in by_id:
            sets.union(left, right)
    peers = Peers()
    memo: dict[tuple, str] = {}

    def relation(seed: Frame, f: Frame) -> str:
        key = (_variant(seed), _variant(f), seed.article == f.article)
        if key not in memo:
            answer = relate(seed, f, peers) if is_candidate(seed, f) else None
            memo[key] = answer[0] if answer is not None else ""
        return memo[key]

    def agrees(seed: Frame, f: Frame) -> bool:
        return relation(seed, f) in ("agree", "less_precise")

    out = []
    for group in sets.groups():
        members = sorted((by_id[i] for i in group), key=lambda f: (f.precision(), f.article, f.id))
        anchors = _Anchors(members, agrees)
        placed: set[str] = set()
        for seed in members:
            if seed.id in placed:
                continue
            placed.add(seed.id)
            claim = [seed]
            for f in members:
                if (f.id not in placed and agrees(seed, f)
                        and not any(relation(seed, by_id[g]) == "conflict" for g in anchors.of(f))):
                    placed.add(f.id)
                    claim.append(f)
            out.append(claim)
    return out


class _Anchors:
    """The sharper figures of a figure's own article it agrees with (`of`), found when first
    asked. A vague figure never backs a claim its own article's sharper figure conflicts
    with: "miles de vecinos" beside "5.300 vecinos" is no copy of another outlet's "3.500
    vecinos", however well "miles" fits both."""

    def __init__(self, members: list[Frame], agrees):
        self.agrees = agrees
        self.by_article: dict[str, list[Frame]] = defaultdict(list)
        for f in members:
            self.by_article[f.article].append(f)
        self.known: dict[str, list[str]] = {}

    def of(self, f: Frame) -> list[str]:
        if f.id not in self.known:
            sharp = f.precision()[:2]
            self.known[f.id] = [g.id for g in self.by_article[f.article]
                                if g.precision()[:2] < sharp and self.agrees(g, f)]
        return self.known[f.id]


def is_claim(f: Frame) -> bool:
    """Whether a figure is a claim a reader checks across outlets: not an ordinal (the
    "second" day of strikes, "terceiro" guardsman: a rank, told the same by everyone) and not
    a person's age (one person each, no quantity several sources estimate)."""
    return f.printed_unit not in NOT_CLAIMS and f.measure not in NOT_CLAIMS


def upstreams(frames: list[Frame], info: dict, copies: dict[str, str] | None = None) -> dict[str, str]:
    """{figure id: upstream} (module docstring)."""
    copies = copies or {}
    out = {}
    for f in frames:
        named = source_name(f.source_name) if f.source else ""
        out[f.id] = named or _article_upstream(f.article, info, copies)
    return out


def _article_upstream(aid: str, info: dict, copies: dict[str, str]) -> str:
    art = info.get(aid, {})
    wire = art.get("upstream", "").split(";")[0].strip()
    return wire or copies.get(aid, "") or art.get("outlet", "") or f"article {aid}"


@lru_cache(maxsize=None)
def _source_words() -> tuple[dict[tuple[str, ...], str], int]:
    """data/reference/source_words.csv: {folded phrase words: English words}, longest phrase."""
    out = {tuple(_WORD.findall(fold(r["phrase"]))): fold(r["english"])
           for r in table("source_words") if r.get("phrase") and r.get("english")}
    return out, max((len(k) for k in out), default=1)


@lru_cache(maxsize=None)
def _demonyms() -> frozenset[str]:
    """Nationality adjectives of en/es/pt (concepts_lexicon.csv, role demonym), folded."""
    return frozenset(fold(r["lemma"]) for r in table("concepts_lexicon") if r.get("role") == "demonym")


@lru_cache(maxsize=None)
def _country_words() -> dict[str, str]:
    """{folded one-word country name in en/es/pt: ISO code} (the gazetteer's countries)."""
    from claimdiff import gazetteer
    g = gazetteer.load()
    out = {}
    for key in g.numbers:
        if " " in key:
            continue
        for p in g.get(key):
            if p.kind == "country":
                out[key] = p.country
                break
    return out


def _nationality(word: str) -> str:
    """The country a name's word says the body belongs to ("francés", "Francia" -> FR), or
    "" when it names none. A nationality adjective is tied to the country whose name opens
    like it ("portuguesa" - Portugal); one that opens like none ("French") is its own tag."""
    countries = _country_words()
    if word in countries:
        return countries[word]
    phrases, _ = _source_words()
    if phrases.get((word,)) in countries:
        return countries[phrases[(word,)]]
    if word not in _demonyms():
        return ""
    best = ""
    for name, code in countries.items():
        if len(name) >= 4 and name[:4] == word[:4] and (not best or len(name) < len(best[0])):
            best = (name, code)
    return best[1] if best else word


@lru_cache(maxsize=100_000)
def source_identity(name: str) -> tuple[str, str]:
    """(body, nationality) of a source's name, for telling independent sources apart across
    languages: the body is linking.source_key of the name with its words mapped to English
    (data/reference/source_words.csv, after linking's institutions.csv) and its nationality
    words left out ("Ministerio del Interior francés" and "Interior Ministry" are one body),
    which are kept as the nationality ("FR") so that two countries' armies stay two. An
    outlet or a listed body keeps its canonical name."""
    if not name:
        return "", ""
    key = source_key(name)
    if not key or key == canonical_outlet(name):
        return key or name, ""
    words = [w[:-2] if w.endswith("'s") else w for w in _WORD.findall(fold(name).replace("’", "'"))]
    nation = ""
    kept = []
    for w in words:
        tag = _nationality(w)
        if tag and not nation:
            nation = tag
        elif not tag:
            kept.append(w)
    mapped = [english or word for english, word in replace_phrases(kept, *_source_words())]
    body = source_key(" ".join(mapped)) if mapped else ""
    return (body or key), (nation if body else "")


def independent_count(names) -> int:
    """How many independent sources `names` are: names of one body count once, in any
    language; so do an acronym and the name it abbreviates ("SML", "Servicio Médico Legal"),
    and a name and a longer one holding all its words ("Delegación Presidencial",
    "Delegación Presidencial Regional"); names of one body with two nationalities are two
    ("Brazilian army", "Colombian army"), and a name with no nationality is one of them only
    when its body has one."""
    return len(independent_groups(names))


def independent_groups(names) -> list[list[str]]:
    """The names of `names` grouped by independent source (independent_count's rule), each
    group's names in their given order, groups in the order of their first name."""
    named: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n in names:
        if n:
            named[source_identity(n)].append(n)
    nodes = sorted(named)
    sets = _Sets()
    nations: dict[str, set[str]] = defaultdict(set)
    for body, nation in nodes:
        nations[body].add(nation)
        sets.find(repr((body, nation)))
    for i, (body, nation) in enumerate(nodes):
        for other, other_nation in nodes[i + 1:]:
            if nation and other_nation and nation != other_nation:
                continue
            if body == other:
                if len(nations[body] - {""}) <= 1:
                    sets.union(repr((body, nation)), repr((other, other_nation)))
            elif _one_body(body, other) or any(_abbreviates(x, y) or _abbreviates(y, x)
                                               for x in named[(body, nation)] for y in named[(other, other_nation)]):
                sets.union(repr((body, nation)), repr((other, other_nation)))
    for body, nation in nodes:
        # "the city's mayor" and the one "alcalde de Temuco" of a claim: one holder's title;
        # "police" and the one "Policía Metropolitana" of a claim: one force
        holders = [(o, on) for o, on in nodes if o != body and body in _lone_names()
                   and set(body.split()) < set(o.split()) and (not nation or not on or nation == on)]
        if len(holders) == 1:
            sets.union(repr((body, nation)), repr(holders[0]))
    by_root: dict[str, list[str]] = {}
    for n in names:
        if n:
            group = by_root.setdefault(sets.find(repr(source_identity(n))), [])
            if n not in group:
                group.append(n)
    return list(by_root.values())


@lru_cache(maxsize=None)
def _one_holder_titles() -> frozenset[str]:
    """Source keys of the titles one person holds for a place (one_holder_titles.csv)."""
    return frozenset(source_key(r["title"]) for r in table("one_holder_titles") if r.get("title"))


@lru_cache(maxsize=None)
def _lone_names() -> frozenset[str]:
    """Source keys of the titles one person holds for a place and of the bodies a story seldom
    has two of (one_holder_titles.csv, lone_bodies.csv): named alone, they are the one fuller
    name of their kind in a claim."""
    return _one_holder_titles() | frozenset(source_key(r["body"]) for r in table("lone_bodies") if r.get("body"))


def _one_body(x: str, y: str) -> bool:
    """One key's words all inside the other's, two words at least: one body named more or
    less fully."""
    wx, wy = set(x.split()), set(y.split())
    return len(min(wx, wy, key=len)) >= 2 and (wx <= wy or wy <= wx)


def _abbreviates(short: str, name: str) -> bool:
    """`short` is the acronym of `name`'s capitalised words ("SML": Servicio Médico Legal), in
    the name's order or, translated, in another ("CNE": National Electoral Council)."""
    if not (2 <= len(short) <= 8 and short.isupper() and short.isalpha()):
        return False
    # (the acronym a name carries in parentheses is no word of it: "Secretaría de Gestión de
    # Riesgos (SGR)" is abbreviated "SGR", not "SGRS")
    words = _WORD.findall(re.sub(r"\([^()]*\)", " ", name).replace("’", "'"))
    initials = fold("".join(w[0] for w in words if w[:1].isupper() and not w.endswith("'s")))
    if len(initials) < 2:
        return False
    # (a name translated puts its words in another order: "CNE", "National Electoral Council")
    return initials == fold(short) or (len(short) >= 3 and sorted(initials) == sorted(fold(short)))


_ACRONYM = re.compile(r"[A-Z]{2,8}")
# How far before "(SGR)" its name may start, in words (a long agency name with its particles).
DEFINITION_WORDS = 10


def defined_acronyms(pairs, paragraphs: pd.DataFrame | None) -> dict[tuple[str, str], str]:
    """{(article, acronym): "Name (ACRONYM)"} for the acronyms among `pairs` (article, source
    name) that their article defines by the construction "Name (ACRONYM)" ("la Secretaría de
    Gestión de Riesgos (SGR)"): the shortest run of words before the parenthesis whose
    initials spell it (corroborate._abbreviates). Only the articles of such pairs are read."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for article, name in pairs:
        if name and _ACRONYM.fullmatch(name):
            wanted[article].add(name)
    if not wanted or paragraphs is None or not len(paragraphs):
        return {}
    out = {}
    for article, text in zip(strings(paragraphs, "article_id"), strings(paragraphs, "text")):
        for acronym in wanted.get(article, ()):
            if (article, acronym) in out:
                continue
            at = text.find(f"({acronym})")
            if at < 0:
                continue
            words = text[:at].split()[-DEFINITION_WORDS:]
            for k in range(2, len(words) + 1):
                name = " ".join(words[-k:])
                if _abbreviates(acronym, name):
                    out[(article, acronym)] = f"{name} ({acronym})"
                    break
    return out


def _independent(names) -> int:
    return independent_count(names)


def corroboration(quotes: pd.DataFrame, numbers: pd.DataFrame, articles: pd.DataFrame,
                  matches: pd.DataFrame, paragraphs: pd.DataFrame | None = None,
                  frames: list[Frame] | None = None) -> pd.DataFrame:
    """One row per claim carried by two or more articles; columns in the module docstring.
    `paragraphs` (paragraphs.csv) lets near-identical wire copy count as one upstream;
    `frames`: the claim frames of `numbers` when the caller has them already."""
    info = articles_info(articles)
    copies = {}
    if paragraphs is not None and len(paragraphs):
        from claimdiff.credits import copy_groups
        copies = copy_groups(paragraphs, info)
    rows = []
    rel = matches[matches["relation"].isin(AGREEING)] if len(matches) else matches
    kinds = rel["kind"].tolist() if len(rel) else []
    lefts = rel["left_id"].tolist() if len(rel) else []
    rights = rel["right_id"].tolist() if len(rel) else []

    # figures: claims around their most precise figure
    if frames is None:
        frames = build(numbers, info) if len(numbers) else []
    figure_links = [(x, y) for k, x, y in zip(kinds, lefts, rights) if k == "number"]
    source_of = upstreams(frames, info, copies)
    claims = [c for c in clusters([f for f in frames if is_claim(f)], figure_links)
              if len({f.article for f in c}) >= 2]
    defined = defined_acronyms({(f.article, source_of[f.id]) for c in claims for f in c}, paragraphs)
    for claim in claims:
        arts = {f.article for f in claim}
        ups = sorted({source_of[f.id] for f in claim})
        # (an acronym counts as the name its article spells out: "SGR" beside "Risk
        # Management Secretariat" is one agency when its article wrote "Secretaría de Gestión
        # de Riesgos (SGR)")
        named = sorted({defined.get((f.article, source_of[f.id]), source_of[f.id]) for f in claim})
        rows.append({
            "kind": "number", "claim": claim[0].text, "members": ";".join(sorted(f.id for f in claim)),
            "articles": len(arts),
            "outlets": ";".join(sorted({f.outlet or f"article {f.article}" for f in claim})),
            "upstream": ";".join(ups), "independent_sources": _independent(named),
            "asserted_by": ";".join(sorted({f.source_name for f in claim} - {""})),
        })

    # quotes: every copy of one quote
    if len(quotes):
        ids, aids = strings(quotes, "quote_id"), strings(quotes, "article_id")
        texts, vias = strings(quotes, "text"), strings(quotes, "via")
        quote = {q: (a, t, v) for q, a, t, v in zip(ids, aids, texts, vias)}
        sets = _Sets()
        for k, x, y in zip(kinds, lefts, rights):
            if k == "quote" and x in quote and y in quote:
                sets.union(x, y)
        for members in sets.groups():
            arts = {quote[m][0] for m in members}
            if len(arts) < 2:
                continue
            claim = max(members, key=lambda m: (len(quote[m][1]), m))
            ups = sorted({outlet_key(quote[m][2]) or _article_upstream(quote[m][0], info, copies) for m in members})
            outlets = {info.get(quote[m][0], {}).get("outlet", "") or f"article {quote[m][0]}" for m in members}
            rows.append({"kind": "quote", "claim": quote[claim][1], "members": ";".join(members),
                         "articles": len(arts), "outlets": ";".join(sorted(outlets)),
                         "upstream": ";".join(ups), "independent_sources": _independent(ups),
                         "asserted_by": ""})
    rows.sort(key=lambda r: (r["kind"], r["members"].split(";")[0]))
    counters = {"quote": 0, "number": 0}
    for r in rows:
        counters[r["kind"]] += 1
        r["cluster_id"] = f"{'Q' if r['kind'] == 'quote' else 'N'}{counters[r['kind']]:03d}"
    return schema.frame(rows, CORROBORATION)
