"""Who said each quote: an ordered list of small sieves, the most precise first.

    attribute(site)  -> Attribution   the first sieve that decides, named in Attribution.sieve
    SIEVES                            the ordered (name, function) list

Each sieve looks at one quote (a Site: its span, its paragraph's cues and earlier quotes) and
returns an Attribution or None; the first answer wins and is recorded in quotes.csv `sieve`,
so every row says why it has its speaker. The models are the quote-attribution sieves of
Muzny et al. (2017; CoreNLP quoteattribution) and the SFU Gender Gap Tracker's rules:

 1. dash_line         a "— Name" line after the quote (blockquotes, sign-offs)
 2. label             a name in quotation marks is no speech: what they call "rapid
                      intensification", bautizada como «Éxodo de la pobreza», el lema «...»,
                      un «Bono de Recuperación»
 3. cue_after         quote, then the cue and its speaker: «...», dijo X / "...," X said
 4. cue_before        the cue earlier in the quote's sentence: X said: "..." / X called it
                      "a show" / Según X, ... «nadie» / the second half of a split quote
 5. colon_subject     "The agency was blunt in a note: «...»": the subject of a sentence that
                      introduces the quote with a colon and no speech verb
 6. gapping           "El oficialismo habla de «...»; la oposición, de «...»": the second
                      clause has its own subject and the first one's verb
 7. colon_paragraph   the previous paragraph ends with a colon after a cue
 8. headline_name     a line "Name: «quote»" (live-blog entries, headlines)
 9. same_paragraph    continues the quote before it in the paragraph, unless a sentence
                      between names someone else
10. paragraph_cue     the last cue earlier in the paragraph ('X said ... "Quote."'), unless a
                      sentence between names someone else
11. continued         a paragraph opening with a quote and holding no cue continues the last
                      quote of the paragraph before, unless a sentence between names someone
    paragraph_before  ... or, after a paragraph without quotes, the speaker of its last cue
                      ("Pineda said he left home. / "They said they would kill my kids."")
12. name_before       a lower-case fragment right after a person's name ("created by X "to ...")
13. sentence_before   a quote opening its sentence after a sentence whose subject is a named
                      person ("The mayor, Paulo Gomes, disagreed. "..."")
then, once the whole article is read (quotes.py):
14. open_next         a quote left open at its paragraph's end, with no cue of its own, takes
                      the speaker of the quote that opens the next paragraph (a quotation of
                      several paragraphs: «... / «...», contou X)
15. heading_repeat    a heading quote repeated in a later attributed quote takes its speaker
16. heading_next      a quote alone in its paragraph takes the next attributed quote's speaker
and, before any sieve, interview (quotes.py): an interview printed as labelled turns ("Q:"/"A:",
"P:"/"R:", interview.csv) or as bare dialogue turns after a bare question: each answer is the
person its introduction names, a question no one's.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from claimdiff.people import WORD, fold
from claimdiff.quote_spans import DASHES, TERMINAL, Span

AFTER_WORDS = 40        # an attribution after a quote starts within this many words
SPLIT_WORDS = 8         # words between the halves of a split quote
_COMMA_TWO_WORDS = re.compile(r",\s+([^\W\d_]+)\s+([^\W\d_]+)")
_GAPPED = re.compile(r"\s*[;,]\s*([^,;]{2,80}?),\s*([^\W\d_]{1,4}\s+)?")
_NAME_COLON = re.compile(r"([^\W\d_][\w'’.\-]*(?:[ \u00a0][^\W\d_][\w'’.\-]*){0,3})\s*:$")
INTRO_CHARS = 600       # a sentence introducing a quote with a colon is read this far back
ACCORDING_MAX = 10      # "según X" cues skipped back to find a speech verb


@dataclass(slots=True)
class Attribution:
    sieve: str
    cue: object = None           # quote_cues.Cue: the speaker, cue word and via
    copy: "Attribution | None" = None   # an earlier quote's attribution, continued
    label: bool = False          # not speech: a name or a term in quotation marks
    alone: bool = False          # the quote is its paragraph (a heading, a continued quote)
    kind: str = ""               # speech | partial | scare, once decided (kind_of)
    final_via: tuple | None = None   # (via, evidence) once the row is built

    def source(self):
        """The cue the speaker comes from, following continued attributions."""
        a = self
        for _ in range(50):
            if a.cue is not None or a.copy is None:
                return a.cue
            a = a.copy
        return None


@dataclass
class Para:
    """One kept paragraph: its masked text, sentences, cues and top-level quotes. What every
    quote of it reads (where its cues are, where its text starts and ends) is computed once
    here, so that a paragraph of thousands of quotes costs each quote a bounded look."""
    p: object
    masked: str
    starts: list
    cues: list
    tops: list
    prev: "Para | None" = None
    attrs: list = field(default_factory=list)

    @property
    def base(self) -> int:
        return self.p.start

    @cached_property
    def cue_offs(self) -> list[int]:
        """Offsets of the cues, for bisection."""
        return [c.s for c in self.cues]

    @cached_property
    def lead(self) -> int:
        """Characters before the text (spaces, ">")."""
        return len(self.masked) - len(self.masked.lstrip(" \n>"))

    @cached_property
    def tail(self) -> int:
        """Length without the closing spaces and full stop."""
        return len(self.masked.rstrip(" \n."))

    @cached_property
    def ends_with_colon(self) -> bool:
        return self.masked.rstrip().endswith(":")


@dataclass(slots=True)
class Site:
    """One top-level quote and what the sieves read around it."""
    q: Span
    idx: int
    par: Para
    ctx: object              # quotes.ArticleQuotes: speakers, vias, language tables
    content: str = ""
    lower: bool = False
    nwords: int = 0
    after_s: int = 0         # offsets in the paragraph's masked text
    after_e: int = 0
    sent_s: int = 0
    split: bool = False

    @property
    def prev_q(self) -> Span | None:
        return self.par.tops[self.idx - 1] if self.idx > 0 else None

    @property
    def next_q(self) -> Span | None:
        tops = self.par.tops
        return tops[self.idx + 1] if self.idx + 1 < len(tops) else None

    @property
    def at_start(self) -> bool:
        return self.q.open - self.par.base <= self.par.lead

    @property
    def alone(self) -> bool:
        return self.at_start and self.q.close - self.par.base + 1 >= self.par.tail


def make_site(q: Span, idx: int, par: Para, ctx) -> Site:
    site = Site(q, idx, par, ctx)
    text, masked, base, starts = ctx.text, par.masked, par.base, par.starts
    site.content = text[q.start:q.end]
    first_alpha = next((c for c in site.content if c.isalpha()), "")
    site.lower = first_alpha.islower()
    site.nwords = len(site.content.split())
    site.after_s = (q.close + 1 if q.closed else q.end) - base
    k = bisect_right(starts, max(site.after_s - 1, 0)) - 1
    bounds = starts + [len(masked)]
    sent_end = bounds[k + 1] if k + 1 < len(bounds) else len(masked)
    nq = site.next_q
    site.after_e = min(sent_end, (nq.open - base) if nq else len(masked), site.after_s + 600)
    ks = bisect_right(starts, q.open - base) - 1
    site.sent_s = starts[ks] if ks >= 0 else 0
    pq = site.prev_q
    if pq is not None and pq.close - base >= site.sent_s:
        between = masked[pq.close - base + 1:q.open - base]
        i = bisect_left(par.cue_offs, pq.close)
        words_ = [fold(w) for w in WORD.findall(between)]
        site.split = (bool(between.strip()) and len(words_) <= SPLIT_WORDS
                      and not between.strip()[:1].isupper() and between.rstrip()[-1:] in ",:" + DASHES
                      and i < len(par.cues) and par.cues[i].s < q.open
                      and not any(ctx.speakers.w.has(w, "conjunction") or ctx.speakers.w.has(w, "relative")
                                  for w in words_))
    return site


# --------------------------------------------------------------------------------------------
# the sieves
# --------------------------------------------------------------------------------------------
def dash_line(site: Site) -> Attribution | None:
    """"...." — Rosa Elena Carrasco, quoted by Diario La Quinta"""
    masked = site.par.masked
    nq = site.next_q
    end = min(len(masked), site.after_s + 400, (nq.open - site.par.base) if nq else len(masked))
    after = masked[site.after_s:end]
    txt = after.lstrip(" \n>")
    if not txt or txt[0] not in DASHES or site.q.kind_mark == "dialogue":
        return None
    line = txt.split("\n", 1)[0]               # the dash line ends the attribution
    s = site.par.base + site.after_s + (len(after) - len(txt)) + 1
    cue = site.ctx.dash_cue(site.par, s, s + len(line) - 1)
    return Attribution("dash_line", cue) if cue is not None and cue.name else None


def cue_after(site: Site) -> Attribution | None:
    """«...», dijo X / "...," X said / "..." X told Reuters: the first cue after the quote in
    its sentence, with nothing but punctuation and its speaker between (no "and ..." clause)."""
    masked = site.par.masked
    after = masked[site.after_s:site.after_e]
    txt = after.lstrip(" \n>")
    ends_sentence = site.content.rstrip()[-1:] in TERMINAL and not site.content.rstrip().endswith("?")
    if ends_sentence and txt[:1].isupper() and txt[:1] not in DASHES:
        return None                     # a new sentence starts after the quote
    cues, base = site.par.cues, site.par.base
    i = bisect_left(site.par.cue_offs, base + site.after_s)
    if i >= len(cues) or cues[i].s >= base + site.after_e:
        return None
    gap = masked[site.after_s:cues[i].s - base]
    if "\n" in gap.strip():
        return None                     # a cue on another line ("5 min read") is not this one's
    toks = WORD.findall(gap)
    if len(toks) > AFTER_WORDS:
        return None
    w = site.ctx.speakers.w
    if toks and (w.has(toks[0], "conjunction") and not w.has(toks[0], "det_def")):
        return None                     # "«guerra» y aseguró que ...": another clause
    return Attribution("cue_after", cues[i])


_LABEL_GLUE = frozenset("as como de".split())
_NAME_PARTICLES = frozenset("de del da do das dos of the from for y e and la el les le des du".split())


def _title_case(content: str) -> bool:
    words_ = WORD.findall(content)
    return 2 <= len(words_) <= 6 and all(w[:1].isupper() or w[:1].isdigit() or fold(w) in _NAME_PARTICLES
                                          for w in words_)


def label(site: Site) -> Attribution | None:
    """A name in quotation marks, not speech: right after a naming verb ("what meteorologists
    call "rapid intensification"", "bautizada por sus organizadores como «Éxodo de la
    pobreza»"), after a label noun ("el lema «Acapulco se levanta»", "da campanha "SOS Rio
    Grande do Sul""), or a title-case name after an article ("un «Bono de Recuperación»")."""
    lg, w = site.ctx.lg, site.ctx.speakers.w
    base = site.par.base
    lo = max(site.sent_s, site.q.open - base - 60)
    before = site.ctx.folded[base + lo:site.q.open]
    words_ = WORD.findall(before)
    if not words_:
        return None
    last = words_[-1]
    if last in lg.label_nouns and site.lower and site.nwords >= 3:
        pass                            # "said the plan "keeps our streets safe"": a predicate, not a name
    elif last in lg.label_nouns or (len(words_) >= 2 and last in _LABEL_GLUE - {"de"} and words_[-2] in lg.label_nouns
                                    and not site.lower):
        # ("described the plan as "reckless"": a lower-case word after "plan as" is a judgement)
        return Attribution("label", label=True)
    if (w.has(last, "det_def") or w.has(last, "det_indef")) and _title_case(site.content):
        return Attribution("label", label=True)
    m = None
    for m in lg.naming_re.finditer(before) if lg.naming_re is not None else ():
        pass
    if m is None:
        return None
    between = WORD.findall(before[m.end():])
    if len(between) <= 2 and all(w.has(x, "det_def") or w.has(x, "det_indef") or x in _LABEL_GLUE for x in between):
        return Attribution("label", label=True)
    # "bautizada por sus organizadores como «...»": an agent, then the name
    if len(between) <= 6 and between and between[-1] in _LABEL_GLUE - {"de"} or \
            len(between) >= 2 and between[-2] in _LABEL_GLUE - {"de"} and w.has(between[-1], "det_def"):
        return Attribution("label", label=True)
    return None


def cue_before(site: Site) -> Attribution | None:
    """X said: "..." / X called the changes "indispensable" / Según X, ... «nadie»: the last
    cue before the quote in its sentence, after any earlier quote of that sentence."""
    base, par = site.par.base, site.par
    pq = site.prev_q
    lo = max(site.sent_s, (pq.close - base + 1) if pq else 0)
    if pq is not None and site.split:
        lo = min(lo, pq.close - base + 1)
    i = bisect_left(par.cue_offs, site.q.open) - 1
    if i < 0 or par.cues[i].s < base + lo:
        return None
    cue = par.cues[i]
    if site.lower and site.nwords <= 3:
        # "El CNE no publicó ..., y atribuyó el retraso a un supuesto «hackeo»": a new main
        # clause after a comma and a conjunction governs the fragment, not the cue
        w = site.ctx.speakers.w
        for m in _COMMA_TWO_WORDS.finditer(site.ctx.folded, cue.e, site.q.open):
            x, y = m.group(1), m.group(2)
            if w.has(x, "conjunction") and not w.has(x, "det_def") and not w.has(y, "relative") and y != "that":
                return None
    # a cue inside a relative clause closed before the quote ("el colectivo, que habla de 200
    # personas, «no se puede descartar»") is not the quote's: the cue before it is
    seg = site.ctx.speakers.clause_segment(cue)
    if seg is not None and seg[1] < site.q.open and i >= 1 and par.cues[i - 1].s >= base + lo:
        cue = par.cues[i - 1]
    elif seg is not None and seg[1] < site.q.open:
        return None
    return Attribution("cue_before", cue)


def colon_subject(site: Site) -> Attribution | None:
    """"A Defesa Civil estadual foi direta em nota divulgada no início da tarde: «...»": a
    quote after a colon whose sentence holds no cue belongs to the sentence's subject, when
    that is a person or an organisation."""
    before = _intro(site)
    if before is None or site.lower:
        return None
    base = site.par.base
    cue = site.ctx.subject_cue(site.par, base + site.sent_s, base + site.sent_s + len(before) - 1)
    return Attribution("colon_subject", cue) if cue is not None else None


def _intro(site: Site) -> str | None:
    """The quote's sentence up to its colon ("A Defesa Civil foi direta em nota:"), when the
    quote follows a colon and the sentence starts within INTRO_CHARS."""
    open_ = site.q.open - site.par.base
    if open_ - site.sent_s > INTRO_CHARS:
        return None
    before = site.par.masked[site.sent_s:open_].rstrip()
    return before if before.endswith(":") else None


def gapping(site: Site) -> Attribution | None:
    """"El oficialismo habla de «...»; la oposición, de «...»": a clause whose verb is left
    out has its own subject and the verb of the clause before."""
    pq = site.prev_q
    if pq is None or site.idx == 0:
        return None
    prev = site.par.attrs[site.idx - 1]
    if prev.cue is None or prev.sieve not in ("cue_before", "cue_after"):
        return None
    base = site.par.base
    if pq.close - base < site.sent_s:
        return None
    between = site.par.masked[pq.close - base + 1:site.q.open - base]
    m = _GAPPED.fullmatch(between)
    if not m:
        return None
    s, e = base + pq.close + 1 - base + m.start(1), base + pq.close + 1 - base + m.end(1)
    return site.ctx.np_cue(site.par, s, e, prev.cue.word, "gapping")


def colon_paragraph(site: Site) -> Attribution | None:
    """Nathalie Pereira, a CGT national secretary, said:  /  "This is the biggest ..." """
    prev = site.par.prev
    if site.at_start and prev is not None and prev.ends_with_colon and prev.cues:
        return Attribution("colon_paragraph", prev.cues[-1])
    return None


def headline_name(site: Site) -> Attribution | None:
    """"Boric: «nadie va a quedar solo»": a person's name, a colon, the quote."""
    base = site.par.base
    before = _intro(site)
    if before is None:
        return None
    m = _NAME_COLON.search(before)
    if not m or not m.group(1)[:1].isupper():
        return None
    s = base + site.sent_s + m.start(1)
    e = base + site.sent_s + m.end(1)
    return site.ctx.name_cue(site.par, s, e, "headline")


def same_paragraph(site: Site) -> Attribution | None:
    """The quote goes on after an interruption, or a new capitalised quote follows the last
    one of its paragraph: the same speaker."""
    if site.prev_q is None or (site.lower and not site.split):
        return None
    prev = site.par.attrs[site.idx - 1]
    if prev.label:
        return None
    base = site.par.base
    if not site.split and site.ctx.names_other(site.prev_q.close + 1, site.q.open, prev):
        return None                     # '"A," X said. Y disagreed. "B."': B is not X's
    return Attribution("same_paragraph", copy=prev)


def paragraph_cue(site: Site) -> Attribution | None:
    """'Torres said he ... "That's what pushed me."': the last cue earlier in the paragraph."""
    i = bisect_left(site.par.cue_offs, site.q.open) - 1
    stop = i - ACCORDING_MAX
    while i >= 0 and site.par.cues[i].kind in ("according", "according_initial"):
        i -= 1                          # "según X" speaks for its own sentence only
        if i == stop:
            return None
    if i < 0 or (site.lower and site.nwords < 3):
        return None
    cue = site.par.cues[i]
    if site.ctx.names_other(cue.sent_e, site.q.open, Attribution("paragraph_cue", cue)):
        return None                     # someone else opens a sentence in between
    return Attribution("paragraph_cue", cue)


def continued(site: Site) -> Attribution | None:
    """A paragraph that opens with a quote and holds no cue continues the last quote of the
    paragraph before it."""
    prev = site.par.prev
    if not site.at_start or site.lower or site.par.cues or prev is None or not prev.attrs:
        return None
    last = prev.attrs[-1]
    if last.label:
        return None
    # a sentence after that quote which names someone else ends the conversation
    lq = prev.tops[-1]
    rest = prev.masked[lq.close - prev.base + 1:] if lq.closed else ""
    if rest.strip(" .\n") and site.ctx.names_other(prev.base + lq.close + 1, prev.p.end, last):
        return None
    return Attribution("continued", copy=last)


def paragraph_before(site: Site) -> Attribution | None:
    """"The Rev. Miguel Arriaga said the shelter was full. / "People are sleeping in the
    hallways."": a paragraph that opens with a quote and holds no cue, after a paragraph
    without quotes whose last cue names its speaker, continues that speaker."""
    prev = site.par.prev
    if not site.at_start or site.lower or site.par.cues or prev is None or prev.attrs or not prev.cues:
        return None
    if not site.q.closed:
        return None             # a quote running on into the next paragraph: its speaker comes after it
    cue = prev.cues[-1]
    if cue.kind != "verb" or not cue.name:
        return None
    return Attribution("paragraph_before", cue)


def name_before(site: Site) -> Attribution | None:
    """created in July 2017 by Nicolas Maduro "to fight crime": a fragment after a name."""
    if not site.lower or site.split:
        return None
    base = site.par.base
    found = site.ctx.speakers.name_before(site.q.open, base + site.sent_s)
    if found is None:
        return None
    np, name = found
    return site.ctx.name_cue(site.par, np.s, np.e, "name_before", np=np, name=name)


def sentence_before(site: Site) -> Attribution | None:
    """"The mayor, Paulo Gomes, disagreed. "There are enough boats."": a quote that opens its
    sentence after a sentence whose subject is a named person, with no speech verb between,
    is that person's (the closest mention)."""
    if site.lower or site.sent_s != site.q.open - site.par.base:
        return None
    k = bisect_right(site.par.starts, site.sent_s - 1) - 1
    if k < 0 or site.par.starts[k] >= site.sent_s:
        return None
    base = site.par.base
    if site.prev_q is not None and site.prev_q.close - base >= site.par.starts[k]:
        return None                     # the sentence before is itself a quote's
    return site.ctx.sentence_cue(site.par, base + site.par.starts[k], base + site.sent_s)


SIEVES = (
    ("dash_line", dash_line),
    ("label", label),
    ("cue_after", cue_after),
    ("cue_before", cue_before),
    ("colon_subject", colon_subject),
    ("gapping", gapping),
    ("colon_paragraph", colon_paragraph),
    ("headline_name", headline_name),
    ("same_paragraph", same_paragraph),
    ("paragraph_cue", paragraph_cue),
    ("continued", continued),
    ("paragraph_before", paragraph_before),
    ("name_before", name_before),
    ("sentence_before", sentence_before),
)


def attribute(site: Site) -> Attribution:
    """The first sieve's answer; "none" when no sieve decides."""
    for _, sieve in SIEVES:
        found = sieve(site)
        if found is not None:
            found.alone = site.alone
            return found
    return Attribution("none", alone=site.alone)


def kind_of(site: Site, at: Attribution) -> str:
    """speech | partial | scare. A lower-case fragment in the writer's sentence is partial
    when someone says it, a short capitalised one embedded mid-sentence too; a label or an
    unattributed short term is scare."""
    if at.label:
        return "scare"
    attributed = at.cue is not None or at.copy is not None
    if site.lower and not site.split:
        return "partial" if attributed or site.nwords >= 3 else "scare"
    base = site.par.base
    before = site.par.masked[max(site.sent_s, site.q.open - base - 40):site.q.open - base].rstrip()
    # a word right before the quote: it is part of the writer's sentence ("Slams 'Exaggerated'")
    embedded = before[-1:].isalnum() and site.q.kind_mark != "dialogue"
    if not site.lower and not attributed and not site.at_start and site.nwords <= 3 and not before.endswith(":"):
        return "scare"
    if not site.lower and attributed and embedded and site.nwords <= 3 and at.sieve == "cue_before":
        return "partial"
    return "speech"
