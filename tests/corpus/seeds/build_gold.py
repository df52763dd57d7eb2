#!/usr/bin/env python3
"""Builds gold.json for the two seed articles (../../../seeds/*.txt) from the hand-written
annotations below, the same way tests/corpus/dev/tools/build_gold.py builds the dev gold.

Every label (speaker, via, partial/scare, value, qualifier, counts, ...) was written by reading
the articles, never by running an extractor. This script only locates each item: a quote by an
anchor that starts with its opening quotation mark, a number by a context string containing its
surface (`occ` picks the n-th occurrence when the anchor repeats, e.g. the headline also sits in
the navigation breadcrumb), and computes `offset` and the 30-character quote `start`.

    python tests/corpus/seeds/build_gold.py          # write gold.json, list it, validate it
    python tests/corpus/seeds/build_gold.py --check  # validate gold.json only (exit 1 on error)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
SEEDS = os.path.join(REPO, "seeds")
sys.path.insert(0, os.path.join(REPO, "tests", "corpus", "dev", "tools"))
# Reuse the dev corpus's locator functions so both golds follow one definition of offsets.
from build_gold import N, Q, resolve_number, resolve_quote  # noqa: E402
from textutil import body_start, file_text  # noqa: E402

ARTICLES = []


def article(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- 000 Business Insider slideshow
AP, RT, WSJ, AJ, WP = "AP", "Reuters", "WSJ", "Al Jazeera", "Washington Post"
# A speaker's age in the phrase that identifies them ("Gonzalez, 28, ... told Reuters") is the
# outlet's own description, as in the development corpus ("Palacios, 25, ... told The Wall Street
# Journal": asserted_by null), not a figure the intermediary outlet reported.
AGE_NOTE = "age in the identifying description: the outlet's own (asserted_by null, as in dev)"
JAVIER = "Javier Gonzalez"
article(
 file="000_cec9d586c5f71784.txt", outlet=None,
 title="The 'king-maker' keeping Nicolas Maduro in power is starting to crack - here's why Venezuela's soldiers are breaking ranks, in their own words",
 author=None, date=None, language="en",
 notes=[
  "Metadata: the scraped text names no outlet, author or publication date (it starts with 'scorecard' and a breadcrumb '1. Home / 2. slideshows / 3. miscellaneous / 4. <headline>'; no 'Business Insider', no byline, no dateline). As for 08_opinion_column.txt in the dev corpus, outlet, author and date are null. Provenance outside the text says Business Insider slideshow, early 2019; the Padrino reaction to sanctions 'on Friday' and Bernal 'on Saturday' suggest early March 2019, but the text gives no year for 'February 23'. Title = the headline line.",
  "Scrape duplicates: most paragraphs are repeated right after themselves, the copy usually cut off at the first apostrophe ('...The woman wasn', '\"That', 'Venezuela', '\"It'); five copies are complete (Torres/nine guardsmen, Omar Flores, Sanguino Escalante, 'The latest wave...'). Only the first copy is annotated; duplicates carry no entries.",
  "Headline: it occurs three times, as item 4 of the navigation breadcrumb (page furniture), as the headline line, and once more after the first paragraph (scrape duplicate). Following the dev convention (a headline in the body is annotated once; furniture and scrape duplicates are not), its scare quote 'king-maker' is annotated once, at the headline line (the 2nd occurrence in the file).",
  "Page furniture not annotated: 'scorecard', the breadcrumb list markers '1.'-'4.', the slide credit lines ('Source: Reuters', 'Source: Al Jazeera', 'Source: The Washington Post') and 'Advertisement'.",
  "via: the slideshow heard none of its soldiers itself; each quote came through AP ('told the Associated Press', 'told the AP'), WSJ ('told The Wall Street Journal', then 'told The Journal'), Reuters ('told Reuters', 'told Reuters in Cucuta'), Al Jazeera or the Washington Post ('told The Washington Post', then 'told The Post'). Precedence: (1) words naming a channel in the quote's own paragraph ('told the AP' wins although that paragraph sits under 'Source: Al Jazeera'; Omar Flores 'told The Journal' sits above a 'Source: Reuters'); (2) one speaker, one channel: a quote without channel words takes the channel already established for its speaker ('he said' quotes of Torres -> AP, of Daniel -> Al Jazeera, of Javier Gonzalez -> Reuters); (3) a slide credit line ('Source: X') credits the paragraphs of its slide above it. The scrape lost the slide boundaries, so a slide is taken to start at the paragraph that names the credited outlet (its own sourcing sentence), never past the previous credit line; when no paragraph since the previous credit names the outlet, the credit covers only the paragraph right above it (the rule of claimdiff.clean). So 'Source: The Washington Post' covers the Cancina paragraph ('told The Post') and the FAES paragraph below it -> the FAES fragment is via Washington Post on the credit alone; the third 'Source: Reuters' covers only the Gonzalez paragraph right above it.",
  "Ramsey (an analyst named only by surname; the text never gives his first name, so the speaker is 'Ramsey'), Padrino's fragment and Guzman's quotes have no channel words and no covering credit: via null (the slideshow's own). This also keeps Ramsey's five quotes, three above the last credit line and two below it, on one channel.",
  "Speakers: Sgt. Isaac Gonzalez (navy, told the WSJ; 2-year-old daughter) and Sgt. Javier Gonzalez (national guard, 28, eight-year veteran, 9-month-old son, told Reuters) are two people. Later 'Gonzalez' quotes are resolved by what the text says about them: 'Gonzalez told The Journal' after the Isaac paragraph -> Isaac; 'Gonzalez, the eight-year veteran guardsman' -> Javier; 'Gonzalez said he and his wife, also a national guard sergeant, ... with their baby' -> Javier. 'That's what pushed me to make this decision,' he said: the nearest person before it is Torres ('Torres had an aunt who died of cancer and an uncle...'), not Jose Gomez. The unnamed woman soldier is 'anonymous woman soldier'. Nicolas Maduro and Vladimir Padrino Lopez are written with their usual diacritics (Nicolás Maduro, Vladimir Padrino López); Sergio Guzman as Sergio Guzmán.",
  "Kinds: the FAES 'to fight crime and terrorism', Padrino's 'to facilitate the work of...', Guzman's 'it doesn't seem that...' (opens lowercase after 'But', embedded in the writer's sentence) and Ramsey's 'a way to see their interests...' are partial. The nested single-quoted 'sanctioning' inside Padrino's fragment is his scare quote around the US word: its own entry (dev convention for nested quotes), scare, speaker null. The quote opened with a straight mark and closed with a curly one ('They're going to do it... a little push,”) is one span.",
  "Numbers not annotated: dates ('February 23', 'July 2017', '[in 2013]', 'in January', 'on Friday', 'on Saturday'), pronoun and idiom uses of one ('just one more of them', 'one of nine', 'one of the most dramatic scenes', 'One of the things'), indefinite articles ('a kilo of rice', 'an aunt', 'a woman'), 'a few days before February 23' (a vague date, not a figure), 'the first to defect' (a claim of precedence, not a count: unlike 'a third sergeant' it encodes no running total), 'very few senior leaders' and 'lots of colleagues' (no number word).",
  "Numbers annotated by judgement: 'a father of two' (children, as 'dos hijos' in dev 09); 'two months' in 'two months ago' and 'within 15 minutes' (durations that are themselves part of Gomez's claim; 'within' = at most); the second 'eight-year' ('Gonzalez, the eight-year veteran guardsman') is a restated figure, annotated once per occurrence, unlike anaphoric references to a set ('De los 567'); 'scores of political figures' is vague with low 40 and high 99 (at least two score, below 'hundreds'; analogous to dev's dozens 24-99). as_of is null throughout: the text dates no figure and gives no year.",
 ],
 items=[
  Q("'king-maker'", None, partial=True, scare=True, occ=2, note="headline line; the 1st occurrence is the navigation breadcrumb (furniture), the 3rd a scrape duplicate"),
  Q('"I was tired of people seeing', "Jorge Torres", via=AP, note="'told the Associated Press'"),
  Q('"That\'s what pushed me', "Jorge Torres", via=AP, note="'he said': nearest person is Torres ('Torres had an aunt...'); no channel words in the paragraph, Torres's channel is AP (previous paragraphs: 'told the Associated Press', 'spoke to the AP'), which wins over the later 'Source: Reuters' credit"),
  Q('"They say we are not beggars', "Isaac Gonzalez", via=WSJ, note="'Gonzalez told The Journal' right after Sgt. Isaac Gonzalez 'told The Wall Street Journal'"),
  Q('"I deserted for the life', JAVIER, via=RT, note="'Gonzalez, 28, an eight-year veteran ... told Reuters'; Guardsman Sgt. Javier Gonzalez introduced in the same paragraph"),
  Q('"You know that in your own home', "anonymous woman soldier", via=AP, note="'a woman soldier, who defected and requested anonymity ... told the AP'; explicit channel wins over the 'Source: Al Jazeera' credit of the block"),
  Q('"And I\'m supposed to stay', "anonymous woman soldier", via=AP, note="continuation after the attribution"),
  Q('"In the morning, an arepa', "Ignacio Cruz", via=WSJ, note="'told The Journal'"),
  Q('"Lunch is rice with some', "Ignacio Cruz", via=WSJ, note="continuation"),
  Q('"I voted for Hugo Chavez', "Daniel (12-year veteran, first name only)", via=AJ, note="'a 12-year veteran identified as Daniel told Al Jazeera'"),
  Q('"But since his death', "Daniel (12-year veteran, first name only)", via=AJ, note="continuation; contains the bracketed editorial insertion '[in 2013]'"),
  Q('"I didn\'t go across the bridge', "Daniel (12-year veteran, first name only)", via=AJ, note="'he said'; antecedent Daniel ('Daniel, 31, told Al Jazeera') in the previous paragraph"),
  Q('"They\'d threaten us', "Ricardo (23-year-old guardsman, first name only)", via=AJ, note="'he said of Maduro's government'; 'identified as Ricardo, told Al Jazeera' earlier in the paragraph"),
  Q('"We realized that it wasn', "Wilfredo (21-year-old national guard sergeant major, first name only)", via=WP, note="'told The Washington Post'"),
  Q('"They just sent us to repress', "Wilfredo (21-year-old national guard sergeant major, first name only)", via=WP, note="continuation"),
  Q('"I think 90% of the special', "William Cancina", via=WP, note="'said William Cancina, ... who told The Post'"),
  Q('"to fight crime and terrorism"', "Nicolás Maduro", via=WP, partial=True, note="the stated purpose of the FAES, 'created in July 2017 by Nicolas Maduro \"to fight crime and terrorism\"'; via from the 'Source: The Washington Post' credit only"),
  Q('"My comrades remain there', "Omar Flores", via=WSJ, note="'he said'; 'Sgt. Omar Flores ... told The Journal' earlier in the paragraph; explicit channel wins over the 'Source: Reuters' credit below"),
  Q('"Deserters are commonly killed', "Omar Flores", via=WSJ, note="continuation"),
  Q('"They\'re going to do it', JAVIER, via=RT, note="opens with a straight mark and closes with a curly one; 'Gonzalez, the eight-year veteran guardsman' = Javier; 'he told Reuters in Cucuta'"),
  Q('"Maduro and the generals are', "Ramsey", note="'Ramsey said'; no first name in the text; own outlet (see notes on Ramsey and the credit line)"),
  Q('"There is reason to believe', "Ramsey", note="'..., Ramsey said.' then the quote"),
  Q('"However I think it\'s more', "Ramsey", note="'he added'; antecedent Ramsey in the previous paragraph"),
  Q('"to facilitate the work of', "Vladimir Padrino López", partial=True, note="fragment of reported speech ('saying he had sent a list ...'); no channel words, not covered by the 'Source: Reuters' credit (which covers only the Gonzalez paragraph right above it): via null"),
  Q("'sanctioning'", None, partial=True, scare=True, note="nested scare quote inside Padrino's fragment"),
  Q('"It\'s never too late', JAVIER, via=RT, note="'Gonzalez said he and his wife, also a national guard sergeant, ... with their baby' = Javier (guardsman, baby son); 'Source: Reuters' below"),
  Q('"If we must form units', JAVIER, via=RT, note="continuation"),
  Q('"it doesn\'t seem that there', "Sergio Guzmán", partial=True, note="after 'said Sergio Guzman, director of ... Colombia Risk Analysis. But'; lowercase, embedded in the writer's sentence; after the last credit line: own outlet"),
  Q('"I think that the Duque', "Sergio Guzmán", note="'Guzman said.' then the quote"),
  Q('"I don\u2019t think anyone is', "Ramsey", note="straight marks around a curly apostrophe"),
  Q('"a way to see their interests', "Ramsey", partial=True, note="'Bringing about that shift, he said, will require ... \"a way to see ...\"'"),
  Q('"As much as it may not want', "Ramsey"),
  N("nine defected guardsmen", 9, "exact", "count", "defected national guardsmen who spoke to the AP", "interviewed by the AP", None, AP),
  N("two", 2, "exact", "count", "children of Sgt. Jose Gomez", None, None, None, ctx="a father of two"),
  N("two months", 2, "exact", "duration", "time since Sgt. Jose Gomez's newborn son died ('two months ago')", None, None, "Jose Gomez", unit="months", note="'two months ago': elapsed time, part of Gomez's account"),
  N("within 15 minutes", 15, "at_most", "duration", "how long Gomez's newborn son lived (died within 15 minutes of birth, no oxygen at the hospital)", None, None, "Jose Gomez", unit="minutes", note="'within' = at most"),
  N("2-year-old", 2, "exact", "age", "age of Sgt. Isaac Gonzalez's daughter", None, None, "Isaac Gonzalez", unit="years"),
  N("9-month-old", 9, "exact", "age", "age of Sgt. Javier Gonzalez's son", None, None, JAVIER, unit="months"),
  N("28", 28, "exact", "age", "age of Sgt. Javier Gonzalez", None, None, None, ctx="Gonzalez, 28", unit="years", note=AGE_NOTE),
  N("eight-year", 8, "exact", "duration", "Javier Gonzalez's years of service in the national guard", None, None, RT, ctx="an eight-year veteran", unit="years"),
  N("about $13", 13, "about", "money", "Javier Gonzalez's monthly pay", "per month", None, RT, unit="USD"),
  N("12-year", 12, "exact", "duration", "Daniel's years of service", None, None, AJ, unit="years"),
  N("31", 31, "exact", "age", "age of Daniel (the 12-year veteran)", None, None, None, ctx="Daniel, 31", unit="years", note=AGE_NOTE),
  N("23-year-old", 23, "exact", "age", "age of the guardsman Ricardo", None, None, None, unit="years", note=AGE_NOTE),
  N("21-year-old", 21, "exact", "age", "age of Wilfredo, national guard sergeant major", None, None, None, unit="years", note=AGE_NOTE),
  N("90%", 90, "exact", "percent", "share of Venezuela's special forces in favour of the government falling", "Venezuela's special forces", None, "William Cancina", note="inside a quote"),
  N("eight-year", 8, "exact", "duration", "Javier Gonzalez's years of service in the national guard", None, None, None, ctx="the eight-year veteran guardsman", unit="years", note="restated in an identifying description; annotated once per occurrence"),
  N("hundreds", None, "vague", "count", "rank-and-file troops who have fled Venezuela", "rank and file (not senior leaders)", None, None, low=200, high=999, ctx="hundreds of rank and file troops"),
  N("scores", None, "vague", "count", "political figures, military officers and others tied to the regime sanctioned by the US", None, None, None, low=40, high=99, ctx="scores of political figures", note="'scores of': at least two score, below 'hundreds' (dev: dozens 24-99)"),
 ],
 conflicts=[
  "SAME QUOTE, TWO OUTLETS: Torres's \"I was tired of people seeing me as just one more of them. I'm not\" is one span here ('told the Associated Press', via AP) and split in two in 003_e7c693c91a7ac171.txt ('the report quoted', via AP). One upstream source, not two witnesses.",
  "SCALE (consistent): 'hundreds of rank and file troops have fled' is compatible with 'More than 320 ... deserted' in 003_e7c693c91a7ac171.txt and with dev 'more than 320' (01_ap_wire_cucuta.txt).",
  "SUBSET: 'nine defected guardsmen who spoke to the AP' is the AP's interview sample, not a total; it is a subset of the 40 in one shelter and the more than 320 of 003_e7c693c91a7ac171.txt.",
 ])

# ---------------------------------------------------------------- 003 The New American
TNA_AP_DATE = "2019-02-26"
article(
 file="003_e7c693c91a7ac171.txt", outlet="The New American",
 title="Many Venezuelan Soldiers Wavering and Some Are Deserting",
 author="Warren Mass", date="2019-02-27", language="en",
 notes=[
  "Metadata: no header block; outlet from the text ('A February 17 article in *The New American*', 'Subscribe to the New American'), author and date from the byline 'Written by [Warren Mass](#) on February 27, 2019' (repeated lower down: furniture), title from the headline line.",
  "via: Torres's quote came through an AP report ('AP reported ...', 'The report noted ...', 'the report quoted Sergeant Jorge Torres') -> AP; it is split in two around the attribution, so two entries. Rubio's quotes came through 'A February 17 article in The New American ... The article cited Senator Marco Rubio': the intermediary named is the publishing outlet itself. Following the dev convention (via is null when the article's own outlet heard the quote: 'told Reuters' in a Reuters story), via is null; the outlet quoting its own earlier article is one channel, and that article's upstream source is not named. The fragment \"free, fair, and honest\" sits in the sentence that summarises the same February 17 article: via null for the same reason.",
  "Not annotated: the byline dates, 'February 23', 'February 16', 'February 17', 'earlier in the month'; 'a liquid-tank carrier' (indefinite article); 'just one more of them'; the photo credit; the related-articles list; the subscription block ('24 Issues Per Year', '60-Day money back guarantee!', and '\"The New American\" magazine', a title in quotation marks, not speech).",
  "'in a span of four days' bounds the 320 and goes into its scope. 'over the last two years' is annotated as a duration: it is the length of the purge Rubio claims, part of his claim (as '22 years' of service in dev 05), inside his quote.",
  "as_of: 'More than 320 ... in a span of four days' after February 23 -> 2019-02-26. The 40 in Cúcuta come from the same AP reporting ('AP reported that Cúcuta has become a refuge...'; 'The report noted...'), dated the same way (2019-02-26).",
 ],
 items=[
  Q('"I was tired of people seeing', "Jorge Torres", via=AP, note="first half of a quote split around 'the report quoted Sergeant Jorge Torres'; 'the report' = the AP report named earlier"),
  Q('"I\'m not."', "Jorge Torres", via=AP, note="second half of the split quote"),
  Q('"free, fair, and honest"', "Venezuela's neighbors", partial=True, note="words of the neighbours' call for elections, as summarised from The New American's February 17 article (own outlet: via null)"),
  Q('"They [Maduro\'s military] are', "Marco Rubio", note="'Said Rubio:' (colon-introduced); cited by The New American's own February 17 article: via null; contains bracketed insertions and ellipses"),
  Q('"There has been a massive purge', "Marco Rubio", note="'Rubio said that because of Cuban infiltration,' then the quote; via null as above"),
  N("More than 320", 320, "more_than", "count", "mostly low-ranking Venezuelan soldiers who deserted and crossed the border", "in a span of four days (from the 23 Feb aid attempt)", TNA_AP_DATE, "AP"),
  N("two containers", 2, "exact", "count", "containers the Venezuelan military used to block the bridge lanes", "a bridge connecting Venezuela to Cúcuta; earlier in February 2019", None, "UPI"),
  N("40 Venezuelan soldiers", 40, "exact", "count", "Venezuelan soldiers who abandoned their posts and fled across the border, sheltering in Cúcuta", "Cúcuta", TNA_AP_DATE, "AP", note="subset of the more than 320; same AP reporting"),
  N("two years", 2, "exact", "duration", "length of the purge of Venezuelan military officers ('over the last two years')", None, None, "Marco Rubio", ctx="over the last two years", unit="years", note="inside a quote"),
  N("200,000-man", 200000, "exact", "count", "members of Venezuela's army", "Venezuela", None, None, ctx="200,000-man army", note="second sentence of the 'AP noted that' paragraph, outside the reported clause: the outlet's narration"),
 ],
 conflicts=[
  "SUBSET, ONE SOURCE (not a conflict): '40 Venezuelan soldiers' in Cúcuta and 'More than 320' who deserted in four days both come from one AP story; the 40 are the men in one refuge in Cúcuta, the 320 all who crossed. Also in dev 01_ap_wire_cucuta.txt (40 in one rented house, more than 320) and 04_hemispherewatch_blog.txt ('AP reported').",
  "SAME QUOTE: Torres's quote, split in two here, is one span in 000_cec9d586c5f71784.txt; both via AP.",
  "SCALE (consistent): '200,000-man army' vs dev '200,000-strong' (01), 'more than 200,000' (03, 08), 'well over 200,000' (06).",
 ])

PAIRS = {'"': '"', '\u201c': '\u201d', '\u00ab': '\u00bb', '\u2018': '\u2019', "'": "'"}
CLOSERS = set(PAIRS.values())
QUALS = {"exact", "about", "at_least", "more_than", "at_most", "less_than", "range", "vague"}
KINDS = {"count", "money", "percent", "age", "duration", "other"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def build():
    gold = []
    for a in ARTICLES:
        path = os.path.join(SEEDS, a["file"])
        text = file_text(path)
        b0 = body_start(path, text)
        quotes, numbers = [], []
        for it in a["items"]:
            if it["kind_"] == "q":
                quotes.append(resolve_quote(text, b0, it, a["file"]))
            else:
                numbers.append(resolve_number(text, b0, it, a["file"]))
        quotes.sort(key=lambda q: q["offset"])
        numbers.sort(key=lambda n: n["offset"])
        gold.append({"file": a["file"], "outlet": a["outlet"], "title": a["title"],
                     "author": a["author"], "date": a["date"], "language": a["language"],
                     "quotes": quotes, "numbers": numbers, "conflicts": a["conflicts"],
                     "notes": a["notes"]})
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    return gold


def check(gold_path=os.path.join(HERE, "gold.json"), articles_dir=SEEDS):
    """The checks of tests/corpus/dev/tools/check_gold.py, for a gold file whose articles live
    elsewhere (the seeds stay in seeds/, never copied). Returns a list of error strings."""
    gold = json.load(open(gold_path, encoding="utf-8"))
    errors = []
    for a in gold:
        path = os.path.join(articles_dir, a["file"])
        text = file_text(path)
        b0 = body_start(path, text)
        for k in ("file", "outlet", "title", "author", "date", "language", "quotes", "numbers", "conflicts"):
            if k not in a:
                errors.append(f"{a['file']}: missing key {k}")
        if a["date"] is not None and not DATE.match(a["date"]):
            errors.append(f"{a['file']}: bad date {a['date']}")
        for q in a["quotes"]:
            s, o = q["start"], q["offset"]
            if text[o:o + len(s)] != s:
                errors.append(f"{a['file']}: quote offset mismatch: {s!r}")
            mark = text[o - 1]
            if mark not in PAIRS:
                errors.append(f"{a['file']}: no opening mark before {s!r}")
            elif len(s) != 30 and text[o + len(s)] not in (PAIRS[mark],) + (("\u201d",) if mark == '"' else ()):
                errors.append(f"{a['file']}: short start {s!r} not followed by closing mark")
            if o < b0:
                errors.append(f"{a['file']}: quote inside header: {s!r}")
            for k in ("speaker", "via", "partial", "scare"):
                if k not in q:
                    errors.append(f"{a['file']}: quote missing {k}")
            if q.get("scare") and q.get("speaker") is not None:
                errors.append(f"{a['file']}: scare quote with a speaker: {s!r}")
        for n in a["numbers"]:
            s, o = n["surface"], n["offset"]
            if text[o:o + len(s)] != s:
                errors.append(f"{a['file']}: number offset mismatch: {s!r} @ {o}")
            if n["qualifier"] not in QUALS:
                errors.append(f"{a['file']}: bad qualifier {n['qualifier']}")
            if n["kind"] not in KINDS:
                errors.append(f"{a['file']}: bad kind {n['kind']}")
            if n["qualifier"] in ("range", "vague") and ("low" not in n or "high" not in n):
                errors.append(f"{a['file']}: {s!r} range/vague without low/high")
            if n["qualifier"] not in ("range", "vague") and n["value"] is None:
                errors.append(f"{a['file']}: {s!r} has no value")
            if n["as_of"] is not None and not DATE.match(n["as_of"]):
                errors.append(f"{a['file']}: bad as_of {n['as_of']}")
            for k in ("counts", "scope", "asserted_by"):
                if k not in n:
                    errors.append(f"{a['file']}: number missing {k}")
        for key, items in (("quote", a["quotes"]), ("number", a["numbers"])):
            offs = [i["offset"] for i in items]
            if len(set(offs)) != len(offs):
                errors.append(f"{a['file']}: duplicate {key} offsets")
    return errors


def main(argv):
    if "--check" not in argv:
        for a in build():
            print(f"\n== {a['file']}  quotes={len(a['quotes'])} numbers={len(a['numbers'])}")
            for q in a["quotes"]:
                kind = "scare" if q["scare"] else "partial" if q["partial"] else "speech"
                print(f"  Q {q['offset']:5d} {q['start']!r:34} | {q['speaker']} | via={q['via']} {kind}")
            for n in a["numbers"]:
                print(f"  N {n['offset']:5d} {n['surface']!r:26} | {n['value']} {n['qualifier']} {n['kind']} | {n['counts']}")
    errors = check()
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    print(f"checked {len(gold)} files, {sum(len(a['quotes']) for a in gold)} quotes, "
          f"{sum(len(a['numbers']) for a in gold)} numbers")
    for e in errors:
        print("   ", e)
    print(f"FAILED: {len(errors)} errors" if errors else "PASSED")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
