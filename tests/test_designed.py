"""The designed cases of the development corpora, end to end: the real extract of
tests/corpus/dev/articles and seeds/ (and of tests/corpus/dev2/articles), then compare, scored
on each set's relations.json (claimdiff.evaluate.designed). Floors are the "designed" key of
tests/corpus/thresholds.json, one entry per set."""
import json
from pathlib import Path

import pandas as pd
import pytest

import claimdiff
from claimdiff import evaluate as ev

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def results():
    return {name: ev.designed(ROOT, tables=claimdiff.extract(ev.designed_paths(ROOT, folders)), name=name)
            for name, _, folders in ev.DESIGNED_SETS}


@pytest.fixture(scope="module")
def result(results):
    return results["dev"]


def test_every_side_names_an_extracted_figure(result):
    assert [(r["left"], r["right"]) for r in result["unresolved"]] == []


@pytest.mark.parametrize("name", [name for name, _, _ in ev.DESIGNED_SETS])
@pytest.mark.parametrize("metric", ev.DESIGNED_METRICS)
def test_designed_scores_hold_their_floor(results, name, metric):
    floor = json.loads((ROOT / ev.THRESHOLDS).read_text(encoding="utf-8"))["designed"][name].get(metric, 0.0)
    got = results[name]["scores"][metric]
    assert got is not None and got >= floor, ev.render_designed(results[name], verbose=True)


@pytest.mark.parametrize("case, pair", [
    ("C1", (["05_harbortribune_doral", "236"], ["11_afp_pt_326", "326", "subiu para 326"])),
    ("C1", (["05_harbortribune_doral", "236"], ["03_meridian_explainer", "326", "Tuesday 26 February: 326"])),
    ("C2", (["04_hemispherewatch_blog", "411"], ["03_meridian_explainer", "85"])),
])
def test_named_designed_conflicts_are_found(result, case, pair):
    row = next(r for r in result["pairs"] if r["case"] == case and (r["left"], r["right"]) == pair)
    assert "conflict" in row["got"]


def test_nine_who_spoke_to_ap_is_a_subset_of_more_than_320(result):
    row = next(r for r in result["pairs"] if r["left"] == ["000_cec9d586c5f71784", "nine"]
               and r["right"] == ["003_e7c693c91a7ac171", "More than 320"])
    assert row["got"] == ["different_scope"]


# ----------------------------------------------------------------- the scorer on literal rows

def _numbers(rows):
    return pd.DataFrame(rows, columns=["number_id", "article_id", "start", "end"])


def _matches(rows):
    return pd.DataFrame(rows, columns=["left_id", "right_id", "kind", "relation", "score", "explanation"])


TEXTS = {"a": "On Saturday alone, 60 crossed; 160 by Guaido's count.", "b": "Un total de 60 cruzaron."}
NUMBERS = _numbers([("a:1", "a", 19, 21), ("a:2", "a", 31, 34), ("b:1", "b", 12, 14)])
RELATIONS = {"cases": [{"case": "X", "title": "", "pairs": [
    {"left": ["a", "160"], "right": ["b", "60"], "expect": ["conflict"]},
    {"left": ["a", "60", "alone, 60"], "right": ["b", "60"], "expect": ["agree"]},
]}]}


@pytest.mark.parametrize("rows, scores", [
    ([("a:2", "b:1", "number", "conflict", 1, ""), ("a:1", "b:1", "number", "agree", 1, "")],
     {"pairs_found": 1.0, "conflict_recall": 1.0, "non_conflict_ok": 1.0, "label_ok": 1.0, "conflict_precision": 1.0}),
    ([("a:2", "b:1", "number", "different_scope", 1, ""), ("a:1", "b:1", "number", "conflict", 1, "")],
     {"pairs_found": 1.0, "conflict_recall": 0.0, "non_conflict_ok": 0.0, "label_ok": 0.0, "conflict_precision": 0.0}),
    ([("a:2", "b:1", "number", "conflict", 1, "")],
     {"pairs_found": 0.5, "conflict_recall": 1.0, "non_conflict_ok": 1.0, "label_ok": 0.5, "conflict_precision": 1.0}),
    ([], {"pairs_found": 0.0, "conflict_recall": 0.0, "non_conflict_ok": 1.0, "label_ok": 0.0, "conflict_precision": None}),
])
def test_designed_scores_on_literal_rows(rows, scores):
    assert ev.designed_scores(RELATIONS, TEXTS, NUMBERS, _matches(rows))["scores"] == scores


def test_a_surface_inside_a_longer_number_does_not_resolve():
    # "60" must not name the 60 inside "160"
    assert ev.resolve_side(["a", "60"], TEXTS, {"a": [(19, 21, "a:1"), (31, 34, "a:2")]}) == {"a:1"}
