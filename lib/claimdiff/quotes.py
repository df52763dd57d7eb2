"""Direct quotes in articles: every quoted span with its speaker, cue word and intermediary outlet.

    extract_quotes(article) -> list of dicts, exactly schema.QUOTES columns, in text order
    quotes(articles)        -> pandas DataFrame (schema.QUOTES), sorted by article_id, start

A pipeline of four stages, one module each, read in text order:

1. spans (claimdiff.quote_spans): every quoted span of a kept paragraph, nested ones apart;
2. cues (claimdiff.quote_cues): the speech verbs, "according to" words and object verbs of
   each paragraph, with the clause around each, and (claimdiff.quote_vias) the outlet its
   clause names as the one who heard it;
3. speakers (claimdiff.speakers, over claimdiff.noun_phrases): the subject of each cue's
   clause, resolved to a canonical person, an organisation or a description, remembered for
   the pronouns and roles after it;
4. sieves (claimdiff.quote_sieves): for each quote, the first of an ordered list of small
   sieves that links it to a cue or to an earlier quote; its name is the row's `sieve`.

kind: speech; partial for a fragment inside the writer's sentence that someone says; scare for
a label or a short unattributed term ("humanitarian" aid). Scare quotes have no speaker, cue
or via. via, first that applies: the outlet the cue's clause names ("told the Associated
Press", "dijo a radio Bío-Bío", "según recoge el diario La Nación"); the quote this one
continues; the same speaker's channel while the conversation goes on (no other speaker quoted
in between); a wire dateline the quote stands under ("PARÍS (AFP) —"); the paragraph's slide
credit. Empty when that outlet is the article's own ("told Reuters" in a Reuters story,
"dijo a este diario").

Hand-written scanning rather than an NLP library: spaCy + textacy is ~100x slower and misses
split and colon attributions and intermediaries (issue 3); every loop walks marks, words or
regex matches once, and every look around a quote or cue reads a bounded window, so time
stays linear in the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from claimdiff import reference, schema
from claimdiff.noun_phrases import NP
from claimdiff.people import WORD, fold
from claimdiff.quote_cues import Cue, find_cues, lang
from claimdiff.quote_sieves import Attribution, Para, attribute, kind_of, make_site
from claimdiff.quote_spans import (Span, find_spans, fold_same_length, mask, scan_marks,  # noqa: F401
                                   sentence_starts)
from claimdiff.quote_vias import Vias
from claimdiff.speakers import Speakers

__all__ = ["extract_quotes", "quotes", "unify_names", "unified_names", "lang", "scan_marks"]

HEADING_PARAS = 3       # a heading quote looks this many paragraphs ahead for its speaker
HEADING_QUOTES = 30     # ... and this many quotes at most (one paragraph may hold thousands)
CHANNEL_PARAS = 6       # a speaker's channel carries over this many paragraphs at most
CHANNEL_QUOTES = 30     # ... and this many quotes or channels back at most
NAMES_SENTENCES = 12    # sentences read between a speaker and a quote for someone else
PUBLIC_CHARS = 200      # "at a news conference" read this far around a cue
MEMO_CHARS = 20_000     # parse memos are emptied at each paragraph and every this many characters


class ArticleQuotes:
    """Everything one article needs: spans, cues, speakers, outlets; `rows()` gives the table."""

    def __init__(self, article):
        self.a = article
        self.text = article.text
        # any language with a folder of tables under data/reference/ is read; others as English
        self.language = article.language if article.language and reference.table("cues", article.language) else "en"
        self.lg = lang(self.language)
        self.speakers = Speakers(article, self.language, self.lg)
        self.masked = self.folded = self.text
        self.vias: Vias | None = None
        self.channels: list[tuple[int, str, str, str, int]] = []   # (offset, speaker, via, evidence, para)
        self.paras: list[Para] = []          # the paragraphs read, kept for tests (keep_paras)
        self.keep_paras = False
        self.read_all = False                # read every cue in full, near a quote or not (tests)
        self._credit_cache: dict[int, str] = {}
        self._memo_from = 0                  # where the parse memos were last emptied
        self._first_question = len(self.text)   # where an interview's first question starts
        self._interviewee: str | None = None
        self._questions: set[int] = set()       # paragraphs of an interview's labelled questions

    # -- stage 2 and 3: cues and their speakers ---------------------------------------------
    def cues_of(self, p, masked: str, folded: str, starts: list[int], need: str) -> list[Cue]:
        """The cues of a paragraph, each with its outlet and speaker. `need` says how many a
        quote may use: "all" in a paragraph with quotes, "last" in the one before it (a colon
        introduction, the person a pronoun stands for); elsewhere only a cue that names an
        outlet is read (a speaker's channel, "who spoke to the AP"), and pronouns find their
        person through the sentence subjects (Speakers.antecedent)."""
        outlets = self.vias.may_name_outlet(p.start, p.end)
        if not need and not outlets:
            return []                 # only a cue that names an outlet is read here: there is none
        hits = self.vias.hits.get(p.start)
        cues = find_cues(self.text, masked, folded, p.start, starts, self.lg, p.para,
                         found=hits["cue"] if hits is not None else None)
        if not cues:
            return cues
        if outlets:                   # else no cue of the paragraph has an outlet to find
            self.vias.scan(p)
        kept = []
        last = cues[-1]
        for cue in cues:
            if cue.s - self._memo_from > MEMO_CHARS:
                # a paragraph that runs for pages: what was parsed far behind is not asked again
                self.speakers.new_paragraph()
                self._memo_from = cue.s
            if outlets:
                self._via_of(cue)
            if need != "all" and cue.via is None and not (need == "last" and cue is last):
                continue
            cue.np = self.speakers.subject_of(cue)
            if cue.kind in ("according", "according_initial") and cue.np is None:
                continue                  # "según contó": no noun phrase, no source
            self.speakers.resolve(cue, cue.np)
            self.speakers.remember(cue)
            if cue.via is not None and cue.name:
                self.channels.append((cue.s, cue.name, cue.via, cue.via_evidence, cue.para))
            elif cue.name and self.lg.public_re is not None and self.lg.public_re.search(
                    folded, max(cue.sent_s, cue.s - PUBLIC_CHARS) - p.start, min(cue.sent_e, cue.e + PUBLIC_CHARS) - p.start):
                # "at a news conference, she said ...": the speaker now speaks to everyone, the
                # outlet that heard them before is not carried over
                self.channels.append((cue.s, cue.name, None, "", cue.para))
            kept.append(cue)
        return kept

    def _via_of(self, cue: Cue) -> None:
        """The intermediary the cue's clause names, the nearest one to the cue."""
        vias = self.vias
        lo = max(cue.sent_s, cue.s - 300)
        hi = min(cue.sent_e, cue.e + 300)
        near = None
        cue.near = vias.near(lo, hi)
        for m, ev_s in cue.near:
            if near is None or abs(m.s - cue.s) < abs(near[0].s - cue.s):
                near = (m, ev_s)
        if near is not None:
            m, ev_s = near
            if ev_s == cue.s and self.lg.inverting is None and not cue.left_s < cue.s - 2:
                vias.split_person(m)
            cue.via = m.outlet
            cue.via_evidence = vias.evidence(ev_s, m.e, cue.right_e)
        if cue.kind == "object_verb":
            subj = vias.subject_outlet(cue.left_s, cue.s)
            if subj is not None:
                cue.via, cue.via_evidence = subj[0], self.text[subj[1]:cue.e]

    def dash_cue(self, par: Para, s: int, e: int) -> Cue | None:
        """The speaker named on a "— Name, quoted by X" line."""
        cue = Cue(s - 1, s, "—", "dash", s, e, s, e, par.p.para)
        segs = self.speakers.parser.segments(s, e)
        np = None
        if segs:
            named = self.speakers.parser.identified(segs[0].s, e)
            np = self.speakers.parser.parse(segs[0].s, segs[0].e)
            if np is not None and np.kind == "description" and named is not None:
                np = named
        near = self.vias.near(s, e)
        if near:
            m, ev_s = near[0]
            cue.via, cue.via_evidence = m.outlet, self.vias.evidence(ev_s, m.e, e)
        cue.np = np
        self.speakers.resolve(cue, np)
        return cue

    def name_cue(self, par: Para, s: int, e: int, how: str, np: NP | None = None, name: str = ""):
        """An attribution by a bare name ("Boric: «...»", "by Nicolas Maduro "to fight""):
        only a person the article names in full."""
        sp = self.speakers
        if np is None:
            np = sp.parser.parse(s, e)
            if np is None or np.kind != "name":
                return None
            name = sp.people.canonical(self.text[np.name_s:np.name_e], np.name_s)
            if len(name.split()) < 2:
                return None
        cue = Cue(np.s, np.s, "", how, s, e, s, e, par.p.para)
        cue.np, cue.speaker, cue.name = np, self.text[np.s:np.e], name
        return Attribution("headline_name" if how == "headline" else how, cue)

    def subject_cue(self, par: Para, s: int, e: int) -> Cue | None:
        """The subject of the sentence [s, e) as a speaker, when it is a person (a name or a
        pronoun) or an organisation; None for anything else ("The figures were:")."""
        sp = self.speakers
        segs = sp.parser.segments(s, e)
        np = sp.chain(segs)
        if np is None or np.kind not in ("name", "pronoun", "description"):
            return None
        cue = Cue(np.s, np.s, "", "colon", s, e, s, e, par.p.para)
        cue.np = np
        if np.kind == "description" and not sp._org_words(np):
            # "Una vecina, que prefirió no dar su nombre, lloraba frente a su casa: «...»": only
            # a person asks not to be named; "The figures were clear:" names no one
            sp.resolve(cue, np)
            return cue if cue.person and cue.name.startswith("anonymous ") else None
        sp.resolve(cue, np)
        if cue.person and np.kind == "name" and len(cue.name.split()) < 2 and \
                not self.text[np.e:e + 1].strip(" :|—–-\u00a0"):
            return None                  # a kicker, no subject: "12:15 | Testimonio: «...»"
        return cue if cue.name else None

    def np_cue(self, par: Para, s: int, e: int, word: str, how: str) -> Attribution | None:
        """A speaker written as a noun phrase in [s, e) without a verb of its own."""
        sp = self.speakers
        np = sp.parser.parse(sp.strip_openers(s, e), e)
        if np is None or np.kind not in ("name", "description") or (np.kind == "description" and not np.definite):
            return None
        cue = Cue(np.s, np.s, word, how, s, e, s, e, par.p.para)
        cue.np = np
        sp.resolve(cue, np)
        return Attribution(how, cue) if cue.name else None

    def sentence_cue(self, par: Para, s: int, e: int) -> Attribution | None:
        """The named person opening the sentence [s, e), when no speech verb is in it."""
        i = bisect_left(par.cue_offs, s)
        if i < len(par.cue_offs) and par.cue_offs[i] < e:
            return None
        sp = self.speakers
        k = bisect_right(sp.sent_starts, s) - 1
        m = sp.sent_mention(k) if k >= 0 and sp.sent_starts[k] == s else None
        if m is None or not m.person or m.description:
            return None
        cue = Cue(m.offset, m.offset, "", "sentence", s, e, s, e, par.p.para)
        cue.speaker, cue.name, cue.gender = m.speaker, m.name, m.gender
        return Attribution("sentence_before", cue)

    def names_other(self, s: int, e: int, last: Attribution) -> bool:
        """Does a sentence in [s, e) open with a person other than the speaker of `last`?"""
        cue = last.source()
        who = cue.name if cue is not None else ""
        sp = self.speakers
        k = bisect_right(sp.sent_starts, s - 1)
        stop = k + NAMES_SENTENCES
        while k < len(sp.sent_starts) and sp.sent_starts[k] < e:
            if k == stop:
                return True           # a long stretch of narration: the quote is not carried over it
            m = sp.sent_mention(k)
            if m is not None and m.person and m.name != who or m is None and sp.sent_group(k):
                return True           # another person, or a group ("Los vecinos no confían")
            k += 1
        return False

    # -- interviews printed without quotation marks ------------------------------------------
    def interview_turns(self, paras) -> dict[int, Span]:
        """The answers of an interview printed as labelled turns ("Q: ..." / "A: ...", "P: ..." /
        "R: ...", interview.csv), one span each, by paragraph number; none unless the article
        holds both questions and answers (a lone "A." is an initial)."""
        rx, role_of = _interview_labels(self.language)
        if rx is None:
            return {}
        found, roles = {}, set()
        for p in paras:
            m = rx.match(self.text, p.start, p.end)
            if m is None or not m.group("label")[:1].isupper():
                continue
            role = role_of[fold(m.group("label"))]
            roles.add(role)
            if role == "question":
                self._first_question = min(self._first_question, p.start)
                self._questions.add(p.para)
                continue
            e = p.end
            while e > m.end() and self.text[e - 1].isspace():
                e -= 1
            if e > m.end():
                found[p.para] = Span(m.start("sep"), m.end(), e, e, 0, "interview", False)
        if roles != {"question", "answer"}:
            self._questions.clear()
            return {}
        return found

    def interviewee(self, at: int) -> Cue | None:
        """The person an interview's introduction names (the first full name before its first
        question), as the cue of its answers."""
        if self._interviewee is None:
            people = self.speakers.people
            first = self._first_question
            lo = self.a.kept()[0].start if self.a.kept() else 0
            i = bisect_left(people._offs, lo)
            key = next((k for o, k in people._mentions[i:] if o < first and people.people[k].name != self.a.outlet), None)
            self._interviewee = people.people[key].name if key is not None else ""
        if not self._interviewee:
            return None
        return Cue(at, at, "", "interview", at, at, at, at, -1, speaker=self._interviewee, name=self._interviewee)

    # -- stage 1 and 4: spans, then the sieves ----------------------------------------------
    def rows(self) -> list[dict]:
        paras = self.a.kept()
        per_par, pieces, pos = [], [], 0
        answers = self.interview_turns(paras)
        for p in paras:
            ptext = self.text[p.start:p.end]
            # most paragraphs hold no quote mark and no dialogue dash: one regex search each
            spans = find_spans(ptext, p.start, self.lg) if self.lg.mark_re.search(ptext) or (
                self.lg.dialogue and (ptext.lstrip()[:1] in self.lg.dialogue or "\n" in ptext and any(d in ptext for d in self.lg.dialogue))) else []
            if p.para in answers or p.para in self._questions:
                # a labelled turn opened by a dash ("— Resposta: ...") is no dialogue line of its own
                spans = [sp for sp in spans if sp.kind_mark != "dialogue"]
            if p.para in answers:
                answer = answers[p.para]
                for sp in spans:                  # quotes inside an answer are nested in it
                    sp.depth, sp.parent = 1, answer
                spans = [answer] + spans
            tops = [s for s in spans if s.depth == 0]
            masked = mask(ptext, p.start, tops) if tops else ptext
            per_par.append((spans, tops, masked))
            pieces += [self.text[pos:p.start], masked]
            pos = p.end
        pieces.append(self.text[pos:])
        self.masked = "".join(pieces)
        self.folded = fold_same_length(self.masked)
        self.speakers.set_masked(self.masked, self.folded)
        self.vias = Vias(self.a, self.folded, self.lg)
        self.speakers.vias = self.vias
        self.vias.people = self.speakers.people
        found: list[tuple] = []       # (paragraph, span, attribution)
        asked = prev_para = -1        # the last paragraph that was a bare dialogue question; the one before
        prev: Para | None = None
        quoted = [bool(tops) for _, tops, _ in per_par] + [False]
        for k, (p, (spans, tops, masked)) in enumerate(zip(paras, per_par)):
            starts = sentence_starts(masked, self.speakers.w)
            self.speakers.add_sentences(p.para, p.start, starts, len(masked))
            need = "all" if tops or self.read_all else "last" if quoted[k + 1] else ""
            cues = self.cues_of(p, masked, self.folded[p.start:p.end], starts, need)
            par = Para(p, masked, starts, cues, tops, prev)
            if prev is not None:
                prev.prev = None              # only the paragraph before is read: free the rest
            if self.keep_paras:
                self.paras.append(par)
            self.speakers.new_paragraph()
            if tops:
                children: dict[int, list[Span]] = {}
                for nq in spans:
                    if nq.parent is not None:
                        children.setdefault(id(nq.parent), []).append(nq)
                for idx, q in enumerate(tops):
                    if q.kind_mark == "interview":
                        at = Attribution("interview", cue=self.interviewee(q.start), kind="speech")
                        par.attrs.append(at)
                        found.append((p, q, at))
                        for nq in children.get(id(q), ()):
                            found.append((p, nq, self._nested(nq, q, at)))
                        continue
                    site = make_site(q, idx, par, self)
                    at = attribute(site)
                    # an interview printed as dialogue turns with no one named ("— Como está a
                    # situação? / — Pior do que nunca."): a bare turn after a bare question is
                    # the answer of the person the introduction names
                    bare = q.kind_mark == "dialogue" and len(tops) == 1 and site.alone and not par.cues \
                        and at.sieve in _BARE_TURN
                    if bare and self.text[q.start:q.end].rstrip().endswith("?"):
                        self._first_question = min(self._first_question, q.open)
                        asked = p.para
                        at = Attribution("interview")     # the interviewer's: no one named
                    elif bare and asked == prev_para:
                        at = Attribution("interview", cue=self.interviewee(q.start))
                    at.kind = kind_of(site, at)
                    par.attrs.append(at)
                    found.append((p, q, at))
                    for nq in children.get(id(q), ()):
                        found.append((p, nq, self._nested(nq, q, at)))
            prev = par
            prev_para = p.para
        self._lookahead(found)
        return self._rows(found)

    def _rows(self, found) -> list[dict]:
        rows = []
        done: tuple[list, list] = ([], [])    # offsets and speaker names of the quotes so far
        ordered = sorted(found, key=lambda x: (x[1].start, x[1].depth))
        # a heading copies a quote below it: that quote's outlet is settled first
        ahead = {id(x) for x in ordered if x[2].copy is not None and x[2].sieve.startswith("heading")}
        for n, (p, q, at) in enumerate([x for x in ordered if id(x) not in ahead]
                                       + [x for x in ordered if id(x) in ahead], start=1):
            cue = at.source()
            kind = at.kind
            speaker = cue.speaker if cue is not None else ""
            name = cue.name if cue is not None else ""
            word = cue.word if cue is not None and cue.kind not in ("headline", "name_before") else ""
            via, evidence = self._final_via(p, q, at, cue, name, done)
            if kind == "scare":
                speaker = name = word = ""
                via, evidence = "", ""
            at.final_via = (via, evidence)
            if name and kind != "scare":
                k = bisect_right(done[0], q.start)
                done[0].insert(k, q.start)
                done[1].insert(k, name)
            rows.append({
                "quote_id": "",
                "article_id": self.a.article_id,
                "para": p.para,
                "start": q.start,
                "end": q.end,
                "text": self.text[q.start:q.end],
                "kind": kind,
                "speaker": speaker,
                "speaker_name": name,
                "cue": word,
                "via": via,
                "via_evidence": evidence,
                "sieve": at.sieve,
            })
        rows.sort(key=lambda r: r["start"])
        for n, r in enumerate(rows, start=1):
            r["quote_id"] = f"{self.a.article_id}:q{n:03d}"
        return rows

    def _final_via(self, p, q: Span, at: Attribution, cue: Cue | None, name: str, done) -> tuple[str, str]:
        """The outlet the quote came through, first that applies (module docstring)."""
        via, evidence = None, ""
        if at.cue is not None and at.cue.via is not None:
            via, evidence = at.cue.via, at.cue.via_evidence
        elif at.copy is not None and getattr(at.copy, "final_via", None) is not None:
            via, evidence = at.copy.final_via
            via = via if via or evidence else None
        if via is None and name and not self._own_channel(at.cue):
            via, evidence = self._channel(q.start, name, p.para, done)
        if via is None:
            wire = self.vias.wire_at(q.start)
            if wire:
                via, evidence = wire, ""
        if via is None and p.credit:
            via, evidence = p.credit, self._credit_words(p)
        if via is None or via == "" or self.vias.is_own(via):
            return "", ""
        return via, evidence

    def _own_channel(self, cue: Cue | None) -> bool:
        """Words the speaker published themselves ("Denton later posted on Instagram:"): no
        outlet that heard them earlier carries over."""
        if cue is None or cue.kind != "verb" or not cue.word:
            return False
        last = fold(cue.word.split()[-1])
        return self.lg.lemma_of.get(last, last) in self.lg.own_channel

    def _channel(self, offset: int, name: str, para: int, done) -> tuple[str | None, str]:
        """The channel this speaker was last heard through, while no one else was quoted:
        looked for among the channels of the last CHANNEL_PARAS paragraphs only."""
        i = bisect_right(self.channels, (offset,)) - 1
        stop = i - CHANNEL_QUOTES
        while i >= 0 and i > stop:
            c_off, c_name, c_via, c_ev, c_para = self.channels[i]
            if para - c_para > CHANNEL_PARAS:
                return None, ""
            if c_name == name:
                k, k2 = bisect_right(done[0], c_off), bisect_left(done[0], offset)
                if k2 - k > CHANNEL_QUOTES or any(n != name for n in done[1][k:k2]):
                    return None, ""
                return c_via, c_ev
            i -= 1
        return None, ""

    def _credit_words(self, p) -> str:
        """The credit line as written ("Source: Reuters"): the next paragraph naming the outlet."""
        if p.para not in self._credit_cache:
            self._credit_cache[p.para] = self._find_credit_words(p)
        return self._credit_cache[p.para]

    def _find_credit_words(self, p) -> str:
        for q in self.a.paragraphs[p.para + 1:p.para + 40]:
            if q.para > p.para and q.end - q.start < 80:
                line = self.text[q.start:q.end]
                if any(o == p.credit for _, _, o in reference.find_outlets(line)):
                    return line.strip()
        return p.credit

    def _nested(self, nq: Span, outer: Span, outer_at: Attribution) -> Attribution:
        """A quote inside a quote: its speaker is read from the outer quote's own words."""
        text = self.text
        content = text[nq.start:nq.end]
        first_alpha = next((c for c in content if c.isalpha()), "")
        region_s, region_e = max(outer.start, nq.open - 600), nq.open
        folded = fold_same_length(text[region_s:region_e])
        cues = [m for m in self.lg.cue_re.finditer(folded)
                if self.lg.cue_type.get(" ".join(m.group(0).split())) == "verb"] if self.lg.cue_re else []
        at = Attribution("nested")
        if not cues:
            kind = "partial" if first_alpha.islower() and len(content.split()) >= 3 else "scare"
            at.kind = "speech" if first_alpha.isupper() else kind
            return at
        m = cues[-1]
        cs = region_s + m.start()
        sp = self.speakers
        sp.parser.seg_text, sp.parser.folded = text, None
        np = sp.subject_before(max(region_s, text.rfind(".", region_s, cs) + 1), cs)
        sp.parser.seg_text, sp.parser.folded = self.masked, self.folded
        outer_cue = outer_at.source()
        quoted_by = (outer_cue.name if outer_cue is not None else "") or "the speaker"
        cue = Cue(cs, region_s + m.end(), text[cs:region_s + m.end()], "nested", region_s, region_e,
                  region_s, region_e, -1)
        if np is None or np.kind in ("pronoun", "none", "relative"):
            cue.speaker = text[np.s:np.e] if np is not None else ""
            cue.name = f"unnamed person quoted by {quoted_by}"
        elif np.kind == "first_person":
            cue.speaker, cue.name = text[np.s:np.e], (outer_cue.name if outer_cue is not None else "")
        elif np.kind == "name":
            cue.speaker = text[np.s:np.e]
            cue.name = sp.people.canonical(text[np.name_s:np.name_e], np.name_s)
        else:
            cue.speaker = text[np.s:np.e]
            cue.name = "unnamed " + text[np.core_s:np.e].strip()
        at.cue = cue
        at.kind = "partial" if first_alpha.islower() else "speech"
        return at

    def _lookahead(self, found) -> None:
        """Sieves 11 and 12 (claimdiff.quote_sieves): a heading quote repeated below, or alone
        in its paragraph, takes the speaker of the quote it announces."""
        self._open_into_next(found)
        squashed: dict[int, str] = {}
        for i, (p, q, at) in enumerate(found):
            if at.source() is not None or at.kind != "speech" or q.depth:
                continue
            words_ = _squash(self.text[q.start:q.end])
            ahead = min(len(found), i + 1 + HEADING_QUOTES)
            for j in range(i + 1, ahead):
                p2, q2, at2 = found[j]
                if p2.para - p.para > HEADING_PARAS:
                    break
                cue2 = at2.source()
                if cue2 is None or not cue2.name or q2.depth:
                    continue
                if len(words_) >= 8:
                    if j not in squashed:
                        squashed[j] = _squash(self.text[q2.start:q2.end])
                    if words_ in squashed[j]:
                        at.sieve, at.copy = "heading_repeat", at2
                        break
            if at.copy is None:
                if at.alone:
                    for j in range(i + 1, ahead):
                        p2, q2, at2 = found[j]
                        if p2.para - p.para > HEADING_PARAS:
                            break
                        cue2 = at2.source()
                        if cue2 is not None and cue2.name and q2.depth == 0:
                            at.sieve, at.copy = "heading_next", at2
                            break


    def _open_into_next(self, found) -> None:
        """A quote left open at its paragraph's end, with no cue of its own, goes on in the
        quote that opens the next paragraph (the convention for a quotation of several
        paragraphs: «... / «... », contou X): it takes that quote's speaker. Read from the
        end, so a quote of three paragraphs reaches the cue of its last."""
        tops = [x for x in found if x[1].depth == 0]
        for i in range(len(tops) - 2, -1, -1):
            p, q, at = tops[i]
            p2, q2, at2 = tops[i + 1]
            if q.closed or at.sieve not in _CARRIED or p2.para == p.para or q2.open - p2.start > 2:
                continue
            if self.text[q.end:p.end].strip():
                continue                          # words after the quote: it did not run on
            if at2.sieve in _CARRIED and at2.sieve != "open_next" or at2.source() is None:
                continue
            at.sieve, at.copy, at.cue = "open_next", at2, None

def _squash(text: str) -> str:
    return " ".join(w for w in WORD.findall(fold(text)))


def extract_quotes(article) -> list[dict]:
    """Rows (schema.QUOTES) of every quoted span of one article's kept paragraphs, in text order."""
    return ArticleQuotes(article).rows()


def unify_names(rows: list[dict]) -> None:
    """One spelling per person and per outlet across the articles, in place on quote rows
    (unified_names, unified_outlets)."""
    for r, name in zip(rows, unified_names([r["speaker_name"] for r in rows])):
        r["speaker_name"] = name
    for r, via in zip(rows, unified_outlets([r["via"] for r in rows])):
        r["via"] = via


def unified_outlets(vias: list[str]) -> list[str]:
    """An outlet outlets.csv does not know, written shorter in one article than in another,
    takes the longer name when its words are all in it ("La Quinta" -> Diario La Quinta)."""
    from claimdiff.quote_vias import _words, media_words
    known = {o for _, o, _ in reference._outlet_rows()}
    names = sorted({v for v in vias if v and v not in known}, key=lambda v: (-len(v), v))
    words_ = {v: _words(v) for v in names}
    generic = media_words()
    best = {}
    for v in names:
        # the longer name adds only outlet nouns and articles ("Diario La Quinta" for "La
        # Quinta"), never another word ("France Bleu Provence" is not "La Provence")
        longer = [u for u in names if len(u) > len(v) and words_[v] and words_[v] <= words_[u]
                  and words_[u] - words_[v] <= generic]
        if len({words_[u] for u in longer}) == 1:
            best[v] = longer[0]
    return [best.get(v, v) for v in vias]


def unified_names(names: list[str]) -> list[str]:
    """One spelling per person across the articles: the fullest form with its diacritics
    ("Luis Marcano" and "Luis Alfredo Marcano" -> Luis Alfredo Marcano; "Ramiro Estupinan" ->
    Ramiro Estupiñán), for names of two words or more with the same first and last word."""
    def score(name):
        return (len(name.split()), sum(1 for c in name if ord(c) > 127), name)
    best: dict[tuple, str] = {}
    keys = []
    # a lone surname ("Maduro", "Lula") stands for the one full name of the corpus that holds
    # it after its first word
    owners: dict[str, set] = {}
    for name in names:
        parts = fold(name).split()
        if len(parts) >= 2 and name[:1].isupper() and not name.startswith(("unnamed ", "anonymous ")):
            for part in parts[1:]:
                if part[:1].isalpha() and len(part) > 3:
                    owners.setdefault(part, set()).add((parts[0], parts[-1]))
    for name in names:
        parts = fold(name).split()
        key = (parts[0], parts[-1]) if len(parts) >= 2 and name[:1].isupper() else None
        keys.append(key)
        if key is None or name.startswith(("unnamed ", "anonymous ")):
            continue
        if key not in best or score(name) > score(best[key]):
            best[key] = name
    out = []
    for name, key in zip(names, keys):
        if key is None and name[:1].isupper() and len(name.split()) == 1:
            found = owners.get(fold(name), set())
            key = next(iter(found)) if len(found) == 1 else None
        out.append(best.get(key, name) if key is not None else name)
    return out


def quotes(articles) -> "pd.DataFrame":  # noqa: F821
    """quotes.csv as a frame: a Corpus, an iterable of Articles or one Article."""
    if hasattr(articles, "text") and hasattr(articles, "paragraphs"):
        articles = [articles]
    rows = []
    for a in articles:
        rows.extend(extract_quotes(a))
    unify_names(rows)
    df = schema.frame(rows, schema.QUOTES)
    if len(df):
        df = df.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)
    return df

# sieves that only carry a speaker over from elsewhere: a quote's own cue is none of them
_CARRIED = frozenset(("continued", "paragraph_before", "sentence_before", "heading_next", "none", "open_next"))
# sieves that only carry a speaker over to a dialogue turn no cue attributes
_BARE_TURN = frozenset(("continued", "paragraph_before", "heading_next", "heading_repeat", "sentence_before", "none"))


@lru_cache(maxsize=None)
def _interview_labels(language: str):
    """The pattern of an interview turn's label ("Q:", "**P.**", "Resposta -") and each
    label's role, from interview.csv; (None, {}) for a language without the table."""
    rows = reference.table("interview", language)
    if not rows:
        return None, {}
    role_of = {fold(r["word"]): r["role"] for r in rows}
    alternation = "|".join(sorted((re.escape(r["word"]) for r in rows), key=len, reverse=True))
    # written capitalised, bold or not, then a colon, a full stop or a dash and the words
    rx = re.compile(r"(?:[—–-][ \t]*)?[*_]{0,2}(?P<label>(?i:" + alternation + r"))[*_]{0,2}[ \t]*(?P<sep>[:.\-—–])[*_]{0,2}[ \t]+(?=\S)")
    return rx, role_of
