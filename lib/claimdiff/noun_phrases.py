"""Noun phrases around a cue: who or what the words of a clause name.

    Parser(text, people, language, lg)
    .segments(s, e) -> [Seg]   comma-, dash-, bracket- and quote-delimited pieces of a clause
    .parse(s, e)    -> NP      the noun phrase that opens a piece: a name (with its title), a
                               pronoun, a relative, a partitive ("one of them") or a description
    .identified(s, e) -> NP    a name given after "identified as" / "identificado como"

A description ends where a noun phrase does: at a relative pronoun, a verb (a cue form, an
auxiliary, a finite verb ending), a determiner after its head ("issued a statement"), or a
preposition other than "of" ("o parlamentar em nota" -> o parlamentar). Reading is bounded
(NP_WORDS) and memoised per piece, so each parse is O(1) and the clause grammar
(claimdiff.speakers) may ask again. Word classes come from grammar.csv, titles.csv and
cues.csv through claimdiff.people.words and claimdiff.quote_cues.lang.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from claimdiff import reference
from claimdiff import lexicon
from claimdiff.people import WORD, PeopleIndex, fold, is_capitalised, is_possessive, strip_word, title_at, words
from claimdiff.quote_spans import DASHES, MASKS

NP_WORDS = 16          # words read for one noun phrase: keeps each parse O(1)

_SEG = re.compile(r"[,;:()\[\]" + DASHES + r"\n]|\s-\s|" + "[" + MASKS + "]+")


@dataclass(slots=True)
class NP:
    kind: str              # name | pronoun | first_person | relative | description | adverbial | none | partitive
    s: int                 # span as written (absolute offsets)
    e: int
    name_s: int = 0
    name_e: int = 0
    gender: str = ""
    definite: bool = False
    head: list = field(default_factory=list)
    ntok: int = 0
    core_s: int = 0        # description without its determiner
    pure: bool = False     # the segment is nothing but the name (and its title)


class Seg(NamedTuple):
    """A piece of a clause (a tuple: thousands are made per article, each cheaply)."""
    s: int
    e: int
    paren: bool            # inside ( ) or [ ]: a tag ("(PT-SP)"), never the subject


@lru_cache(maxsize=None)
def verb_endings(language: str) -> tuple[str, ...]:
    """Finite verb endings only: a participle after a noun is mostly an adjective ("las
    poblaciones más golpeadas"). Read once per process, not once per article."""
    participles = {fold(r["word"]) for r in reference.table("cues", language) if r.get("type") == "participle_ending"}
    return tuple(fold(r["suffix"]) for r in reference.table("verb_endings", language)
                 if r.get("suffix") and fold(r["suffix"]) not in participles)


@lru_cache(maxsize=None)
def head_last(language: str) -> bool:
    """Does a noun compound end with its head (grammar.csv compound_head "last": English)?"""
    return any(r.get("type") == "compound_head" and r.get("word") == "last" for r in reference.table("grammar", language))


@lru_cache(maxsize=None)
def institution_words(language: str) -> frozenset:
    """Folded words of institutions.csv in one language ("federal", "electoral", "saude"):
    the words a body's name is made of, never a person's."""
    out = set()
    for r in reference.table("institutions"):
        for phrase in (r.get(language) or "").split(";"):
            out.update(fold(x) for x in phrase.split())
    return frozenset(out)


@lru_cache(maxsize=None)
def verb_ending_pairs(language: str) -> tuple[tuple[str, bool], ...]:
    """(ending, accented) of verb_endings: an accented ending ("ó", "ió") marks a verb only
    when the word carries the accent ("viajó", not "ministro" or "municipio")."""
    participles = {fold(r["word"]) for r in reference.table("cues", language) if r.get("type") == "participle_ending"}
    out = []
    for r in reference.table("verb_endings", language):
        raw = (r.get("suffix") or "").lower()
        if raw and fold(raw) not in participles:
            out.append((raw, fold(raw) != raw))
    return tuple(out)


class Parser:
    """Reads the noun phrases around the cues of one article."""

    def __init__(self, text: str, people: PeopleIndex, language: str, lg):
        self.text = text
        self.people = people
        self.w = words(language)
        self.lg = lg
        self.language = language
        self.seg_text = text       # the article with its quotes masked, once they are known
        self.folded = text         # seg_text folded (same length)
        self._memo: dict = {}
        self.verb_endings = verb_endings(language)
        self.verb_pairs = verb_ending_pairs(language)

    def segments(self, s: int, e: int) -> list[Seg]:
        """Comma-, dash-, bracket- and quote-delimited pieces of [s, e); quoted words are never
        read; pieces inside brackets are marked (tags such as "(LR, Vendée)")."""
        src = self.seg_text
        out, pos, depth = [], s, 0
        for m in _SEG.finditer(src, s, e):
            if src[pos:m.start()].strip():
                out.append(Seg(pos, m.start(), depth > 0))
            ch = m.group(0)
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth = max(0, depth - 1)
            pos = m.end()
        if src[pos:e].strip():
            out.append(Seg(pos, e, depth > 0))
        return out

    def is_cue(self, word: str) -> bool:
        return self.lg.cue_type.get(fold(word)) == "verb"

    def parse(self, s: int, e: int) -> NP | None:
        """The noun phrase that opens text[s:e]: a name, pronoun, relative or description.
        A description ends at a relative pronoun, a verb, or a preposition other than "of"
        ("o parlamentar em nota" -> o parlamentar). Memoised: the clause grammar reads the
        same pieces of a sentence for several cues; callers copy before they change one."""
        key = (s, e)
        if key not in self._memo:
            self._memo[key] = self._parse(s, e)
        return self._memo[key]

    def _parse(self, s: int, e: int) -> NP | None:
        text, w = self.text, self.w
        toks = [(m.start(), m.group(0)) for m in islice(WORD.finditer(text, s, e), NP_WORDS + 1)]
        if not toks:
            return None
        truncated = len(toks) > NP_WORDS
        if truncated:
            toks.pop()
        words_ = [t for _, t in toks]
        # a sentence's last word keeps its full stop in WORD ("dijo él."): not for lookups
        folded = [t.lower()[:-1] if t.endswith(".") and "." not in t[:-1] and len(t) > 2 else t.lower()
                  for t in words_]
        cache = w.cache
        kinds = [cache[f] if f in cache else w.get(f) for f in folded]
        n, i = len(toks), 0
        while i < n and "conjunction" in kinds[i] and "det_def" not in kinds[i]:
            i += 1
        if i >= n:
            return None
        # partitive ("one of them", "uno de los") before the real noun phrase
        for k in (range(min(w.phrase_max, n - i), 1, -1) if folded[i] in w.partitive_first else ()):
            if w.has(" ".join(folded[i:i + k]), "partitive"):
                if i + k >= n:
                    return NP("partitive", toks[i][0], e, ntok=n, gender=w.gender_of(" ".join(folded[i:i + k])))
                i += k
                break
        f0 = folded[i]
        k0 = w.get(f0)
        span_s = toks[i][0]
        if "pronoun" in k0:
            return NP("pronoun", span_s, span_s + len(strip_word(words_[i])), gender=w.gender_of(f0), ntok=n - i)
        if "first_person" in k0:
            return NP("first_person", span_s, span_s + len(words_[i]), ntok=n - i)
        if "relative" in k0:
            return NP("relative", span_s, span_s + len(words_[i]), ntok=n - i)
        det, definite, gender = False, False, ""
        if "det_def" in k0 or "det_indef" in k0:
            det, definite, gender = True, "det_def" in k0, w.gender_of(f0)
            i += 1
        elif "preposition" in k0 and not title_at(words_, i, w):
            return NP("adverbial", span_s, e, ntok=n)
        core_s = toks[i][0] if i < n else e
        prev = "det" if det else None
        head, cut = [], (toks[-1][0] + len(toks[-1][1]) if truncated else e)
        prep_seen = False
        title_start = e
        j = i
        while j < n:
            tl = title_at(words_, j, w)
            if tl:
                g = w.titles.get(fold(" ".join(words_[j:j + tl])).rstrip("."), "")
                gender = gender or g
                head.append(fold(strip_word(words_[j + tl - 1])))
                title_start = toks[j][0] if prev != "title" else title_start
                prev = "title"
                j += tl
                continue
            t = words_[j]
            if t[:1].isupper() and "name_stop" not in kinds[j] and not (j == i and not det and self._common_noun(toks, words_, j)):
                if is_possessive(t):
                    definite = definite or j == i       # "Mexico's President" is one person
                    prev, j = "mod", j + 1
                    continue
                run = self._run(toks, words_, j)
                nxt = j + run
                nxt_word = words_[nxt] if nxt < n else None
                followed_by_title = nxt < n and title_at(words_, nxt, w) > 0
                if followed_by_title:
                    prev, j = "mod", nxt
                    continue
                role = self._compound_role(toks, words_, kinds, nxt) if prev is None and run >= 1 else 0
                if role:
                    # "National Weather Service meteorologist Tom Briggs": a body, a role, the person
                    head += [fold(strip_word(x)) for x in words_[nxt:nxt + role]]
                    prev, j = "role", nxt + role
                    continue
                k = self._org_prefix(words_, j, nxt) if prep_seen and prev != "title" and nxt == n and head else 0
                if k:
                    # "o delegado da Polícia Federal Rodrigo Alencar": the body, then the person
                    j, run, prev = j + k, run - k, "role"
                if prep_seen and prev != "title" and not k:
                    # "un soldado a la agencia AFP": inside a modifier; but a person the article
                    # names in full closes a compound role ("a dona de casa Luíza Ferreira")
                    # (not "del Consejo Electoral", nor a place: "do bairro Ponte Nova", whose first
                    # word the dictionary knows)
                    is_name = run >= 2 and nxt == n and bool(head) and prev in ("role", "prep") and \
                        words_[i][:1].islower() and not any(h in self.lg.orgs for h in head) and \
                        " ".join(fold(strip_word(x)) for x in words_[j:nxt]) in self.people.people and \
                        not any(x.lower() in self.lg.orgs for x in words_[j:nxt]) and \
                        not lexicon._known(strip_word(words_[j]).lower(), self.language)
                elif prev in ("title", "role"):
                    is_name = True
                elif prev is None:
                    is_name = (nxt_word is None or run >= 2 or self.people.known_word(t)
                               or self.is_cue(nxt_word) or not nxt_word[:1].isalpha()
                               or "verb_aux" in kinds[nxt])
                else:
                    is_name = False
                if kinds[j] - {"particle", "name_stop"} and run == 1:
                    is_name = False
                if is_name and j == i and run >= 3 and \
                        " ".join(fold(strip_word(x)) for x in words_[j + 1:nxt]) in self.people.people and \
                        " ".join(fold(strip_word(x)) for x in words_[j:nxt]) not in self.people.people:
                    # "Survivor Budi Santoso", "Parent Jessica Holt": a capitalised role word
                    head.append(fold(strip_word(words_[j])))
                    j += 1
                if is_name:
                    ns = toks[j][0]
                    ne = toks[nxt - 1][0] + len(strip_word(words_[nxt - 1]))
                    written_s = title_start if prev == "title" else ns
                    pure = (j == i or prev in ("title", "role")) and (nxt == n or self._tail_is_tag(ne, e)) \
                        and not truncated
                    return NP("name", min(written_s, ns), ne, ns, ne, gender=gender, definite=definite,
                              head=head, ntok=n, core_s=core_s, pure=pure)
                prev, j = "mod", nxt
                continue
            f = folded[j]
            kf = kinds[j]
            if "relative" in kf or ((head or prev == "mod") and (self.is_cue(f) or "verb_aux" in kf)):
                cut = toks[j][0]        # "an official as saying that ...": the NP ends before
                while j > i and ("preposition" in kinds[j - 1] or "conjunction" in kinds[j - 1]):
                    j -= 1
                    cut = toks[j][0]
                break
            if "preposition" in kf and "det_def" not in kf:
                if head and prev in ("role", "title") and "of" not in kf:
                    cut = toks[j][0]    # "el organismo en un comunicado": a new phrase starts
                    break
                prev, prep_seen = "prep", True
            elif "det_def" in kf or "det_indef" in kf:
                if prev == "role" and "preposition" not in kf:
                    return NP("none", span_s, e, ntok=n)   # "issued a statement": a verb and its object
                prev = "det"
            elif t[:1].isalpha() and len(f) > 4 and (
                    prev in ("role", "title") and self._verb_like(t)):
                cut = toks[j][0]        # "the numbers mattered more": a verb ends the noun phrase
                break
            elif prev in ("role", "title") and t[:1].islower() and f in self.lg.connectors:
                cut = toks[j][0]        # "the minister later said": an adverb ends it
                break
            elif t[:1].isalpha():
                if prev != "prep" or not head:
                    if prev != "prep":
                        head.append(strip_word(f))
                prev = "role" if prev != "prep" else "prep"
            else:
                prev = "other"
            j += 1
        while cut > core_s and text[cut - 1] in " ,.;:":
            cut -= 1
        if not head and not det:
            return NP("none", span_s, cut, ntok=n)
        return NP("description", span_s, cut, gender=gender, definite=definite, head=head, ntok=n, core_s=core_s)

    def _compound_role(self, toks, words_, kinds, nxt: int) -> int:
        """How many lower-case role words ("meteorologist", "press secretary") sit between a
        capitalised modifier and a full name closing the phrase, in a language whose compounds
        end with their head ("Red Cross volunteer Mary Ellis"); 0 otherwise."""
        if not head_last(self.language):
            return 0
        n, k = len(words_), nxt
        while k < n and k - nxt < 2 and words_[k][:1].islower() and words_[k].isalpha() and \
                not kinds[k] and not self.is_cue(words_[k].lower()) and not self._verb_like(words_[k]):
            k += 1
        if k == nxt or n - k < 2 or not all(is_capitalised(x) and not kinds[m] - {"particle"}
                                            for m, x in enumerate(words_[k:], k)):
            return 0
        return k - nxt

    def _org_prefix(self, words_, j: int, nxt: int) -> int:
        """How many words of the capitalised run [j, nxt) name a body ("Polícia Federal",
        "Consejo Electoral", "Ministério da Saúde": an organisation noun, then the words of
        institutions.csv and particles), when two capitalised words or more follow (a person);
        0 otherwise."""
        vocab = institution_words(self.language)
        if strip_word(words_[j]).lower() not in self.lg.orgs and fold(strip_word(words_[j])) not in vocab:
            return 0                    # ("a ministra da Saúde Ana Gil": a field names the body too)
        k = j + 1
        while k < nxt and (fold(strip_word(words_[k])) in vocab or self.w.has(words_[k], "particle")):
            k += 1
        while k > j + 1 and self.w.has(words_[k - 1], "particle"):
            k -= 1
        rest = words_[k:nxt]
        if len(rest) < 2 or not all(is_capitalised(x) and not self.w.has(x, "particle") for x in rest[:1]):
            return 0
        return k - j

    def _common_noun(self, toks, words_, j: int) -> bool:
        """"Residents said", "Testigos relataron", "Moradores contaram": a plural common noun
        capitalised only because it opens the sentence (its lemma, by simplemma, is another
        word), not a name the article uses."""
        t = strip_word(words_[j])
        if not t.isalpha() or t.isupper() or self.people.known_word(t):
            return False
        nxt = words_[j + 1] if j + 1 < len(words_) else ""
        if is_capitalised(nxt):
            return False                    # "Luis Torres", "Residents Association"
        # a plural ("Testigos") or an inflected noun before "de" ("Moradora da Vila Mariana"),
        # not a participle opening a clause ("Consultado por la prensa")
        return (t.endswith("s") or self.w.has(nxt, "particle") and self.w.has(nxt, "of")) \
            and lexicon.lemma(t, self.language) != t.lower()

    def _verb_like(self, f: str) -> bool:
        """"El ministro viajó", "the numbers mattered": a finite verb ending, an accented one
        only as written ("ó" is no "-o" of "el ministro encargado", "el ingeniero agrónomo")."""
        low, g = f.lower(), fold(f)
        return any(low.endswith(x) if accented else g.endswith(x) for x, accented in self.verb_pairs)

    def _tail_is_tag(self, ne: int, e: int) -> bool:
        """Nothing but a bracketed tag or an age after a name ("Hernán Sotomayor (RN)")."""
        rest = self.seg_text[ne:e].strip()
        return not rest or (rest[:1] in "([" and rest[-1:] in ")]")

    def _run(self, toks, words_, j: int) -> int:
        text, w = self.text, self.w
        k, n = j, len(toks)
        while k < n and k - j < 5:
            t = toks[k][1]
            if k > j and title_at(words_, k, w):
                break
            if k > j:
                gap = text[toks[k - 1][0] + len(toks[k - 1][1]):toks[k][0]]
                if gap not in (" ", "\u00a0"):
                    break
            if is_capitalised(t) and not w.has(strip_word(t), "name_stop"):
                if is_possessive(t):
                    break
                k += 1
                if t.endswith(".") and len(strip_word(t)) > 1 and fold(t).rstrip(".") not in w.titles:
                    break
            elif k > j and w.has(t, "particle") and k + 1 < n and is_capitalised(toks[k + 1][1]):
                k += 1
            else:
                break
        while k > j and not is_capitalised(toks[k - 1][1]):
            k -= 1
        return max(k - j, 1)

    def identified(self, s: int, e: int) -> NP | None:
        """A name given after "identified as", "gave his name only as", "identificado como"."""
        if not self.lg.identified_re or self.folded is None:
            return None
        for m in self.lg.identified_re.finditer(self.folded, s, e):
            rest = m.end()
            tok = WORD.match(self.text, rest)
            if tok and is_capitalised(tok.group(0)):
                ne = rest + len(strip_word(tok.group(0)))
                return NP("name", rest, ne, rest, ne, ntok=1, pure=True)
        return None
