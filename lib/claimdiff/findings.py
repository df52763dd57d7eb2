"""The comparison in words: short plain sentences a reader takes in before any table.

`findings(matches, corroboration, numbers, quotes, articles)` returns a frame of sentences
(section, sentence), in a fixed order; `markdown(...)` the same as one Markdown text, shown
first in notebook 05 and on the report's index page. It reads only the tables of the contract
(README "Tables": matches.csv, corroboration.csv, numbers.csv, quotes.csv, articles.csv), so
it says whatever the comparison found, for any event:

1. in short: how many articles and outlets, how many conflicts, differences and shared claims;
2. conflicts: each pair of figures labelled conflict, with both outlets, both figures, who
   gives each, and the explanation; copies of one dispute are told once;
3. differences of scope and time: how many there are, then the pairs that name their sources
   first ("both from AP, one source");
4. figures given by more than one article: each with the outlets, what each gave and where it
   got it, and the independent sources the comparison counts;
5. quotes in more than one article: the speaker, the words, and through which outlet each
   article got them.

An empty section says so in words ("No two outlets give conflicting figures."). The notebooks'
other answers in words (`sources`, `claims`, `growth`) follow the same rules. Text the sources
wrote is escaped for Markdown: `$` is never mathematics, `<script>` is never markup.

Every function returns a `Words` string: a plain `str` that Jupyter shows as Markdown.
"""
from __future__ import annotations

import calendar
import html
import re
from collections import defaultdict

import pandas as pd

from claimdiff.corroborate import independent_groups
from claimdiff.relate import UNTIED_SCORE
from claimdiff.views import (
    DIFFERING, number, outlet_names, pairs, source_of, text,
)

SECTIONS = ("in short", "conflicts", "differences", "figures", "quotes")
# Past this many items a section ends with a count of the rest and a pointer to the tables.
MAX_ITEMS = 8
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|$#~])")
# Counted things are canonical English singulars (numbers.csv `counted`) and the findings are
# written in English: these are the irregular plurals news counts use; the rest follow the rules
# in `plural`.
_IRREGULAR = {"person": "people", "child": "children", "man": "men", "woman": "women", "foot": "feet",
              "policeman": "policemen", "guardsman": "guardsmen", "mouse": "mice", "tooth": "teeth"}


class Words(str):
    """A plain string Jupyter shows as Markdown (tests compare it as a string)."""

    def _repr_markdown_(self) -> str:
        return str(self)

    def _repr_pretty_(self, p, cycle) -> None:
        p.text(str(self))


# --------------------------------------------------------------------------- small words

def escape(value: str) -> str:
    """Text from a source, safe in Markdown: no markup, no emphasis, no mathematics."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(" ".join(str(value).split()), quote=False))


def plural(noun: str, n: float | None = None) -> str:
    """The plural of a canonical English noun (numbers.csv `counted` is singular English)."""
    noun = noun.strip()
    if not noun or n == 1:
        return noun
    if noun.endswith(")") and " (" in noun:  # "person (attendance)": the noun is the head
        head, _, rest = noun.partition(" (")
        return f"{plural(head, n)} ({rest}"
    head, _, last = noun.rpartition(" ")
    prefix = head + " " if head else ""
    if last in _IRREGULAR:
        return prefix + _IRREGULAR[last]
    if last.endswith(("ss", "us", "is", "x", "z", "ch", "sh")):
        return prefix + last + "es"
    if last.endswith("s"):  # already plural ("soldiers" is a counted thing too)
        return noun
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        return prefix + last[:-1] + "ies"
    return prefix + last + "s"


def join(items, last: str = "and") -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def count_of(n: int, noun: str, plural_form: str | None = None) -> str:
    return f"{n} {noun if n == 1 else plural_form or plural(noun)}"


def day(iso: str) -> str:
    """2019-02-27 -> 27 February 2019 (a month or year alone stays as written)."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", str(iso)[:10])
    if not m:
        return str(iso)
    return f"{int(m.group(3))} {calendar.month_name[int(m.group(2))]} {m.group(1)}"


def _number_rows(numbers: pd.DataFrame) -> dict[str, dict]:
    sources = source_of(numbers)
    rows = {}
    for k, (nid, aid, words, counted, kind, value, scope, as_of) in enumerate(zip(
            text(numbers, "number_id"), text(numbers, "article_id"), text(numbers, "text"), text(numbers, "counted"),
            text(numbers, "kind"), number(numbers, "value"), text(numbers, "scope"), text(numbers, "as_of"))):
        rows[nid] = {"article_id": aid, "text": words, "counted": counted, "kind": kind,
                     "value": None if pd.isna(value) else float(value), "scope": scope, "as_of": as_of,
                     "source": sources.iloc[k]}
    return rows


def figure(row: dict) -> str:
    """“More than 320” soldiers: the figure as written, with what it counts when the words do not say."""
    words = f"“{escape(row['text'])}”"
    counted = row.get("counted", "")
    if row.get("kind") == "count" and counted and counted.lower() not in row["text"].lower():
        noun = escape(plural(counted, row.get("value")))
        # "“40” soldiers", "“nine” guardsmen", but "“hundreds” of troops": an amount in
        # words (hundreds, miles, milhares) is a noun of its own.
        vague = not re.search(r"\d", row["text"]) and row["text"].lower().endswith("s")
        words += f" of {noun}" if vague else f" {noun}"
    return words


def _sentence(explanation: str) -> str:
    """An explanation line as a sentence: capital first letter, full stop."""
    words = escape(explanation).strip().rstrip(".")
    return f"{words[:1].upper()}{words[1:]}." if words else ""


def language_name(code: str) -> str:
    import pycountry
    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
    return found.name if found else code


def _source_key(name: str) -> str:
    from claimdiff.linking import source_key
    return source_key(name) if name else ""


# --------------------------------------------------------------------------- the findings

def findings(matches, corroboration, numbers, quotes, articles) -> pd.DataFrame:
    """Sentences (section, sentence) in a fixed order; see the module docstring."""
    names = outlet_names(articles)
    figs = _number_rows(numbers)
    p = pairs(matches, quotes, numbers, articles)
    untied = _untied(p)
    p = p[~untied]
    rows: list[tuple[str, str]] = []
    rows += [("in short", s) for s in _in_short(names, p, corroboration)]
    rows += [("conflicts", s) for s in _conflicts(p, figs, names)]
    rows += [("differences", s) for s in _differences(p, figs, names, int(untied.sum()))]
    rows += [("figures", s) for s in _shared_figures(corroboration, figs, names)]
    rows += [("quotes", s) for s in _shared_quotes(corroboration, quotes, names)]
    return pd.DataFrame(rows, columns=["section", "sentence"])


HEADINGS = {"conflicts": "Conflicts", "differences": "Differences of scope and time",
            "figures": "Figures given by more than one article", "quotes": "Quotes in more than one article"}


def to_markdown(table: pd.DataFrame) -> Words:
    """The findings as Markdown: the summary paragraph, then one bold-led block per section."""
    out = []
    for section in SECTIONS:
        sentences = table.loc[table["section"] == section, "sentence"].tolist()
        if not sentences:
            continue
        if section == "in short":
            out.append("**In short.** " + " ".join(sentences))
            continue
        lead, items = sentences[0], sentences[1:]
        out.append(f"**{HEADINGS[section]}.** {lead}")
        if items:
            out.append("\n".join(f"- {s}" for s in items))
    return Words("\n\n".join(out) + "\n")


def markdown(matches, corroboration, numbers, quotes, articles) -> Words:
    """findings() as Markdown."""
    return to_markdown(findings(matches, corroboration, numbers, quotes, articles))


def _in_short(names: dict, p: pd.DataFrame, corroboration: pd.DataFrame) -> list[str]:
    outlets = sorted(set(names.values()))
    if not names:
        return ["No article could be read from these sources, so there is nothing to compare."]
    first = (f"{count_of(len(names), 'article')} from {count_of(len(outlets), 'outlet')}: "
             f"{join(escape(o) for o in outlets)}.")
    figs = p[p["kind"] == "number"]
    n_conflict = int((figs["relation"] == "conflict").sum())
    n_scope = int((figs["relation"] == "different_scope").sum())
    n_time = int((figs["relation"] == "different_time").sum())
    conflict = ("No two outlets give conflicting figures" if not n_conflict
                else f"{count_of(n_conflict, 'pair')} of figures conflict")
    differ = (f"{count_of(n_scope, 'pair')} of figures differ in scope and {n_time or 'none'} in time"
              if n_scope or n_time else "no figures differ in scope or time")
    kinds = text(corroboration, "kind")
    n_figures, n_quotes = int((kinds == "number").sum()), int((kinds == "quote").sum())
    if n_figures or n_quotes:
        shared = join([count_of(n_figures, "figure")] * bool(n_figures) + [count_of(n_quotes, "quote")] * bool(n_quotes))
        verb = "appears" if n_figures + n_quotes == 1 else "appear"
        shared = f"{shared} {verb} in more than one article."
    else:
        shared = "No figure or quote appears in more than one article."
    return [first, f"{conflict}; {differ}.", shared]


def _side(fig: dict, names: dict, with_outlet: bool = True) -> str:
    """**Outlet**’s “40” soldiers (from AP) / “hundreds” of troops (no source named)."""
    source = f" (from {escape(fig['source'])})" if fig["source"] else " (no source named)"
    outlet = f"**{escape(names.get(fig['article_id'], fig['article_id']))}**’s " if with_outlet else ""
    return f"{outlet}{figure(fig)}{source}"


def _conflicts(p: pd.DataFrame, figs: dict, names: dict) -> list[str]:
    c = p[(p["kind"] == "number") & (p["relation"] == "conflict")].sort_values(["left_id", "right_id"])
    if not len(c):
        return ["No two outlets give conflicting figures."]
    # One dispute is often printed by several outlets: told once, with every outlet that carries it.
    told: dict[tuple, dict] = {}
    for left_id, right_id, explanation in zip(c["left_id"], c["right_id"], c["explanation"]):
        left, right = figs.get(left_id), figs.get(right_id)
        if left is None or right is None:
            continue
        key = tuple(sorted(((_source_key(left["source"]), left["value"]), (_source_key(right["source"]), right["value"])),
                           key=repr))
        entry = told.setdefault(key, {"left": left, "right": right, "explanation": explanation, "outlets": set()})
        entry["outlets"] |= {names.get(left["article_id"], ""), names.get(right["article_id"], "")}
    out = [f"{count_of(len(c), 'pair')} of figures cannot both be right"
           + (f", in {count_of(len(told), 'dispute')}:" if len(told) != len(c) else ":")]
    for entry in list(told.values())[:MAX_ITEMS]:
        left, right = entry["left"], entry["right"]
        shared = [left["scope"] if left["scope"] == right["scope"] else "",
                  day(left["as_of"]) if left["as_of"][:10] == right["as_of"][:10] else ""]
        when = f" ({', '.join(escape(x) for x in shared if x)})" if any(shared) else ""
        if left["article_id"] == right["article_id"]:
            sentence = (f"**{escape(names.get(left['article_id'], ''))}** reports a dispute{when}: "
                        f"{_side(left, names, False)} against {_side(right, names, False)}.")
        else:
            sentence = f"{_side(left, names)} against {_side(right, names)}{when}."
        others = sorted(entry["outlets"] - {names.get(left["article_id"]), names.get(right["article_id"])} - {""})
        if others:
            sentence += f" Also in {join(escape(o) for o in others)}."
        reason = _reason(entry["explanation"], left, right)
        if reason:
            sentence += f" {_sentence(reason)}"
        out.append(sentence.rstrip())
    if len(told) > MAX_ITEMS:
        out.append(f"… and {len(told) - MAX_ITEMS} more in the table of conflicts.")
    return out


def _reason(explanation: str, left: dict, right: dict) -> str:
    """What a conflict's explanation adds to the sentence that names both figures and both
    sources: all of it when it says more about them ("5,53 m" against "5,35 m": digits
    transposed, likely a copying error); only its reason when it repeats them ("police:
    87,000; CGT: 500,000 — ...: one source, two numbers: one outlet has its count wrong" ->
    the last part); nothing when that reason is the plain "both cannot be right"."""
    said = explanation.lower()
    if not all(part and part.lower() in said for part in (left["text"], right["text"], left["source"], right["source"])):
        return explanation
    tail = re.sub(r"\s*\[\w+\]\s*$", "", explanation).partition(" — ")[2]
    reason = tail.partition(": ")[2].strip()
    return "" if reason.lower() == "both cannot be right" else reason


def _untied(p: pd.DataFrame) -> pd.Series:
    """Pairs of figures the comparison kept though nothing ties them to one quantity (its
    score at most relate.UNTIED_SCORE): in the tables, never in the findings' counts."""
    score = pd.to_numeric(p["score"], errors="coerce") if "score" in p else pd.Series(float("nan"), index=p.index)
    return (p["kind"] == "number") & p["relation"].isin(DIFFERING) & (score <= UNTIED_SCORE)


def _differences(p: pd.DataFrame, figs: dict, names: dict, untied: int = 0) -> list[str]:
    d = p[(p["kind"] == "number") & p["relation"].isin(DIFFERING)].copy()
    loose = (f" {count_of(untied, 'other pair')} that nothing ties to one quantity "
             f"{'is' if untied == 1 else 'are'} left to the table.") if untied else ""
    if not len(d):
        return ["No two figures differ in scope or time." + loose]
    n_scope, n_time = int((d["relation"] == "different_scope").sum()), int((d["relation"] == "different_time").sum())
    parts = [f"{count_of(n_scope, 'pair')} of figures count different places, groups or periods"] if n_scope else []
    parts += [f"{count_of(n_time, 'pair')} count on different days"] if n_time else []
    out = [f"{join(parts)}: not rival numbers.{loose}"]
    # Pairs whose two figures both name a source first: they say the most about where the
    # numbers come from; then the comparison's own confidence.
    d["named"] = [int(bool(figs.get(a, {}).get("source"))) + int(bool(figs.get(b, {}).get("source")))
                  for a, b in zip(d["left_id"], d["right_id"])]
    d["score"] = d["score"].fillna(0)
    d = d.sort_values(["named", "score", "left_id", "right_id"], ascending=[False, False, True, True])
    shown = 0
    for left_id, right_id, relation, explanation in zip(d["left_id"], d["right_id"], d["relation"], d["explanation"]):
        left, right = figs.get(left_id), figs.get(right_id)
        if left is None or right is None:
            continue
        if shown == MAX_ITEMS:
            break
        shown += 1
        kind = "a different scope" if relation == "different_scope" else "a different time"
        same_source = left["source"] and _source_key(left["source"]) == _source_key(right["source"])
        if left["article_id"] == right["article_id"]:
            lead = (f"**{escape(names.get(left['article_id'], ''))}** gives {figure(left)} and {figure(right)}"
                    + (f", both from {escape(left['source'])}, one source" if same_source else ""))
        elif same_source:
            lead = (f"**{escape(names.get(left['article_id'], ''))}**’s {figure(left)} and "
                    f"**{escape(names.get(right['article_id'], ''))}**’s {figure(right)}, both from "
                    f"{escape(left['source'])}, one source")
        else:
            lead = f"{_side(left, names)} and {_side(right, names)}"
        out.append(f"{lead}: {kind}. {_sentence(explanation)}")
    if len(d) > shown:
        out.append(f"… and {len(d) - shown} more in the table of differences.")
    return out


def _members(row_members: str) -> list[str]:
    return [m for m in str(row_members).split(";") if m]


def _source_group(names: list[str]) -> str:
    """One independent source named as the articles name it: "Interior Ministry (also
    Ministerio del Interior francés)"."""
    first, *others = names
    return escape(first) + (f" (also {join(escape(o) for o in others)})" if others else "")


def _shared_figures(corroboration: pd.DataFrame, figs: dict, names: dict) -> list[str]:
    c = corroboration[text(corroboration, "kind") == "number"]
    if not len(c):
        return ["No figure appears in more than one article."]
    c = c.assign(_n=number(c, "independent_sources"), _a=number(c, "articles"), _id=text(c, "cluster_id"))
    c = c.sort_values(["_n", "_a", "_id"], ascending=[False, False, True])
    out = [f"{count_of(len(c), 'figure')} {'is' if len(c) == 1 else 'are'} given by two articles or more"
           " (sources: who each article says gives the figure, or the outlet itself when it names no one):"]
    for claim, members, upstream, n in zip(text(c, "claim"), text(c, "members"), text(c, "upstream"), c["_n"]):
        found = [figs[m] for m in _members(members) if m in figs]
        if not found:
            continue
        rep = next((f for f in found if f["text"] == claim), found[0])
        by_outlet: dict[str, list[dict]] = defaultdict(list)
        for f in found:
            by_outlet[names.get(f["article_id"], f["article_id"])].append(f)
        carried = []
        for outlet in sorted(by_outlet):
            own = by_outlet[outlet]
            words = sorted({f["text"] for f in own} - {rep["text"]})
            sources = sorted({f["source"] for f in own if f["source"]})
            detail = [join(f"“{escape(w)}”" for w in words)] if words else []
            detail.append(f"from {join(escape(s) for s in sources)}" if sources else "no source named")
            carried.append(f"{escape(outlet)} ({', '.join(detail)})")
        groups = independent_groups([u for u in upstream.split(";") if u])
        count = int(n) if pd.notna(n) else len(groups)
        out.append(f"{figure(rep)} — {join(carried)}; "
                   f"{count_of(count, 'independent source')}{': ' + join(_source_group(g) for g in groups) if groups else ''}.")
        if len(out) > MAX_ITEMS:
            break
    if len(c) > MAX_ITEMS:
        out.append(f"… and {len(c) - MAX_ITEMS} more in the table of shared claims.")
    return out


def _shared_quotes(corroboration: pd.DataFrame, quotes: pd.DataFrame, names: dict) -> list[str]:
    c = corroboration[text(corroboration, "kind") == "quote"]
    if not len(c):
        return ["No quote appears in more than one article."]
    q = {qid: (aid, via, speaker) for qid, aid, via, speaker in zip(
        text(quotes, "quote_id"), text(quotes, "article_id"), text(quotes, "via"), text(quotes, "speaker_name"))}
    c = c.assign(_n=number(c, "independent_sources"), _a=number(c, "articles"), _id=text(c, "cluster_id"))
    c = c.sort_values(["_n", "_a", "_id"], ascending=[False, False, True])
    out = [f"{count_of(len(c), 'quote')} {'appears' if len(c) == 1 else 'appear'} in two articles or more:"]
    for claim, members, upstream, n in zip(text(c, "claim"), text(c, "members"), text(c, "upstream"), c["_n"]):
        found = [q[m] for m in _members(members) if m in q]
        if not found:
            continue
        speakers = pd.Series([s for _, _, s in found if s], dtype=object)
        speaker = sorted(speakers.value_counts().loc[lambda s: s == s.max()].index)[0] if len(speakers) else ""
        heard: dict[str, set[str]] = defaultdict(set)
        for aid, via, _ in found:
            heard[via].add(names.get(aid, aid))
        told = []
        for via in sorted(heard, key=lambda v: (v != "", v)):
            outlets = join(escape(o) for o in sorted(heard[via]))
            if not via:
                told.append(f"{outlets} heard it {'itself' if len(heard[via]) == 1 else 'themselves'}")
            else:
                told.append(f"{outlets} got it from {escape(via)}")
        ups = [u for u in upstream.split(";") if u]
        count = int(n) if pd.notna(n) else len(ups)
        who = f"{escape(speaker)}: " if speaker else ""
        out.append(f"{who}“{escape(claim)}” — {'; '.join(told)}; {count_of(count, 'independent source')}.")
        if len(out) > MAX_ITEMS:
            break
    if len(c) > MAX_ITEMS:
        out.append(f"… and {len(c) - MAX_ITEMS} more in the table of shared claims.")
    return out


# --------------------------------------------------------------------------- other answers

def sources(articles: pd.DataFrame, errors: pd.DataFrame) -> Words:
    """What the corpus holds, in one or two sentences."""
    names = outlet_names(articles)
    if not names:
        unread = len(errors)
        return Words("No article was read from these sources"
                     + (f"; {count_of(unread, 'file')} could not be read (below)." if unread else ": the folders hold no .txt, .md or .html file."))
    outlets = sorted(set(names.values()))
    languages = sorted(set(text(articles, "language")) - {""})
    dates = sorted(set(text(articles, "published").str[:10]) - {""})
    undated = int((text(articles, "published") == "").sum())
    parts = [f"{count_of(len(names), 'article')} from {count_of(len(outlets), 'outlet')} "
             f"({join(escape(o) for o in outlets)})"]
    if languages:
        parts.append(f"in {join(language_name(code) for code in languages)}")
    when = ""
    if dates:
        when = f", published {day(dates[0])}" if len(dates) == 1 else f", published between {day(dates[0])} and {day(dates[-1])}"
    if undated:
        when += f" ({count_of(undated, 'article')} without a date)"
    unread = (f" {count_of(len(errors), 'file')} could not be read (below)." if len(errors)
              else " Every file could be read.")
    return Words(" ".join(parts) + when + "." + unread)


def cleaning(paragraphs: pd.DataFrame) -> Words:
    kept = text(paragraphs, "kept").str.lower().isin(("true", "1"))
    if not len(paragraphs):
        return Words("No paragraph was read.")
    reasons = text(paragraphs, "reason")[~kept].replace("", "other").value_counts()
    reasons = reasons.sort_index().sort_values(ascending=False, kind="stable")
    dropped = join(f"{n} {escape(r)}" for r, n in reasons.items())
    return Words(f"Cleaning kept {count_of(int(kept.sum()), 'paragraph')} and dropped {int((~kept).sum())}"
                 + (f": {dropped}." if dropped else "."))


def claims(articles: pd.DataFrame, quotes: pd.DataFrame, numbers: pd.DataFrame) -> Words:
    speech = quotes[text(quotes, "kind") != "scare"]
    via = text(speech, "via")
    if not len(articles):
        return Words("No article was read, so there are no quotes or figures.")
    parts = [f"The {count_of(len(articles), 'article')} give {count_of(len(speech), 'quote')} and "
             f"{count_of(len(numbers), 'figure')}."]
    if len(speech):
        ups = via[via != ""].value_counts().sort_index().sort_values(ascending=False, kind="stable")
        if len(ups):
            parts.append(f"{int((via != '').sum())} of the quotes came through another outlet "
                         f"({join(f'{escape(o)} {n}' for o, n in ups.items())}).")
        else:
            parts.append("Every quote is the outlets' own reporting.")
    return Words(" ".join(parts))


def growth(numbers: pd.DataFrame, articles: pd.DataFrame) -> Words:
    """How each source's count of a thing moved from day to day ("Marches, according to the
    interior ministry: “1.12 million” on 19 January 2023, “1.27 million” on 31 January 2023")."""
    from claimdiff.views import timeline_points
    p = timeline_points(numbers, articles)
    if not len(p):
        return Words("No thing is counted on two different days, so there is no timeline to draw.")
    lines = []
    for topic, group in p.groupby("topic", sort=True):
        group = group.assign(who=[s or o for s, o in zip(group["source"], group["outlet"])])
        for who, series in group.groupby("who", sort=True):
            by_day = series.sort_values(["date", "value", "number_id"]).drop_duplicates("date", keep="last")
            if len(by_day) < 2:
                continue
            steps = ", ".join(f"“{escape(t)}” on {day(d)}" for t, d in zip(by_day["text"], by_day["date"]))
            lines.append(f"{escape(plural(topic)).capitalize()}, according to {escape(who)}: {steps}.")
    topics = sorted(set(p["topic"]))
    head = (f"{count_of(len(topics), 'thing')} {'is' if len(topics) == 1 else 'are'} counted on two days or more "
            f"({join(escape(plural(t)) for t in topics[:MAX_ITEMS])}); a count without a date of its own is "
            "placed on its article's date.")
    if not lines:
        return Words(head + " No single source gives its count on two different days.")
    return Words(head + "\n\n" + "\n".join(f"- {line}" for line in lines[:MAX_ITEMS])
                 + (f"\n- … and {len(lines) - MAX_ITEMS} more." if len(lines) > MAX_ITEMS else ""))


def counted(numbers: pd.DataFrame, articles: pd.DataFrame) -> Words:
    """What the counts count, most widely counted first."""
    from claimdiff.views import topics
    t = topics(numbers, articles, top=1000)
    if not len(t):
        return Words("No article gives a count of anything.")
    shared = t[t["outlets"] > 1]
    first = t.iloc[0]
    lead = (f"The thing most outlets count is {escape(plural(first['topic']))}: "
            f"{count_of(int(first['figures']), 'figure')} from {count_of(int(first['outlets']), 'outlet')}"
            + (f" (counted as {escape(first['counted as'])})" if first["counted as"] != first["topic"] else "") + ".")
    rest = (f" {count_of(len(shared), 'thing')} {'is' if len(shared) == 1 else 'are'} counted by more than one outlet;"
            if len(shared) else " No other thing is counted by more than one outlet;")
    return Words(lead + rest + f" {count_of(len(t), 'thing')} in all.")


def side_by_side(topic: str, numbers: pd.DataFrame, articles: pd.DataFrame) -> Words:
    from claimdiff.views import figures_for
    if not topic:
        return Words("No article gives a count of anything, so there is nothing to set side by side.")
    side = figures_for(numbers, articles, topic)
    return Words(f"Side by side: the {count_of(len(side), 'count')} of {escape(plural(topic))}, from "
                 f"{count_of(side['outlet'].nunique(), 'outlet')}, with the scope, date and source of each.")


def quoted(quotes: pd.DataFrame, articles: pd.DataFrame) -> Words:
    speech = quotes[text(quotes, "kind") != "scare"]
    if not len(speech):
        return Words("No article quotes anyone.")
    speakers = set(text(speech, "speaker_name")) - {""}
    via = text(speech, "via")
    ups = via[via != ""].value_counts().sort_index().sort_values(ascending=False, kind="stable")
    lead = f"{count_of(len(speech), 'quote')} from {count_of(len(speakers), 'named speaker')}"
    if not len(ups):
        return Words(lead + "; every one is the outlets' own reporting.")
    return Words(f"{lead}; {int((via != '').sum())} came through another outlet "
                 f"({join(f'{escape(o)} {n}' for o, n in ups.items())}), the rest are the outlets' own reporting.")


def shared_quotes(corroboration: pd.DataFrame, quotes: pd.DataFrame, articles: pd.DataFrame) -> Words:
    """The quotes section of the findings on its own (notebook 04)."""
    sentences = _shared_quotes(corroboration, quotes, outlet_names(articles))
    return Words("\n".join([sentences[0]] + [f"- {s}" for s in sentences[1:]]))
