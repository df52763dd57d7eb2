"""Cleaning: what each seed loses, and why; nothing is lost silently."""
from collections import Counter

import pytest

from claimdiff.clean import clean, credit_outlet, is_byline


def _dropped(article):
    return Counter(p.reason for p in article.paragraphs if not p.kept)


def test_seed_000_loses_its_copies_navigation_and_advertisement_only(seeds):
    assert _dropped(seeds["000_cec9d586c5f71784"]) == {
        "truncated copy": 16, "duplicate": 5, "navigation": 1, "advertisement": 1}


def test_seed_003_loses_subscription_related_links_and_repeated_byline_only(seeds):
    assert _dropped(seeds["003_e7c693c91a7ac171"]) == {
        "newsletter": 7, "related links": 7, "repeated byline": 1}


def test_truncated_copies_are_cut_off_at_an_apostrophe(seeds):
    a = seeds["000_cec9d586c5f71784"]
    ends = [a.text[p.start:p.end][-12:] for p in a.paragraphs if p.reason == "truncated copy"][:4]
    assert ends == ["e of them. I", "e woman wasn", 'ction. "That', "of Venezuela"]


def test_every_paragraph_is_in_the_audit_so_the_input_can_be_rebuilt(seeds, dev):
    for article in list(seeds) + list(dev):
        rebuilt = "".join(article.text[p.start:p.end] for p in article.paragraphs)
        assert "".join(rebuilt.split()) == "".join(article.text.split()), article.article_id


def test_slide_credits_are_kept_and_attached_to_the_slide_they_credit(seeds):
    a = seeds["000_cec9d586c5f71784"]
    credited = [(p.para, p.credit) for p in a.paragraphs if p.credit]
    assert credited == [(16, "Reuters"), (27, "Al Jazeera"), (30, "Washington Post"), (32, "Washington Post"),
                        (34, "Washington Post"), (40, "Reuters"), (50, "Reuters")]
    assert all(p.kept for p in a.paragraphs if a.text[p.start:p.end].startswith("Source:"))


@pytest.mark.parametrize("text,outlet", [
    ("Source: Reuters", "Reuters"),
    ("Source: The Washington Post", "Washington Post"),
    ("Fuente: EFE", "EFE"),
    ("Source: the author's own reporting", ""),
])
def test_credit_outlet(text, outlet):
    assert credit_outlet(text) == outlet


@pytest.mark.parametrize("text,expected", [
    ("By Dale Whitcomb | February 27, 2019 | 4 min read", True),
    ("Written by [Warren Mass](#) on February 27, 2019", True),
    ("Por Liliana Carrascal Ortiz | Cúcuta", True),
    ("By Thursday night, Colombia's migration agency said **567** members of Venezuela's security "
     "forces had crossed the border and presented themselves to the authorities.", False),
])
def test_is_byline(text, expected):
    assert is_byline(text) is expected


@pytest.mark.parametrize("text,reason", [
    ("Advertisement", "advertisement"),
    ("Skip to main content\nHemisphere Watch\nMenu\nHome\nWorld\nAmericas", "navigation"),
    ("Americas / Venezuela", "navigation"),
    ("Share\nFacebook\nTwitter\nWhatsApp\nEmail\n1.2K shares", "share buttons"),
    ("47 Comments", "comments"),
    ("Leia também:\nCaminhões com ajuda humanitária voltam para Boa Vista", "related links"),
    ("Tags: Venezuela, Colombia, Military", "tags"),
    ("© 2019 Hemisphere Watch. All rights reserved.", "footer"),
    ("Migración Colombia said 60 members of the security forces crossed on Saturday.", ""),
    ("Key events\n21:15 GMT  Migración Colombia: 156 crossings since Saturday\n19:32 GMT  Third Venezuelan sergeant surrenders in Brazil", ""),
])
def test_furniture(text, reason):
    (p,) = clean(text)
    assert p.reason == reason


def test_a_newsletter_box_mid_article_does_not_swallow_the_reporting_after_it():
    text = ("Soldiers kept crossing on Monday.\n\n"
            "Sign up for our newsletter\nThe day's news in your inbox.\n\n"
            "\"We will not go back,\" said one sergeant, who asked not to be named.\n\n"
            "Migration officials said 167 had crossed by noon.\n\n"
            "The foreign ministry told reporters that all of them arrived unarmed.")
    assert [p.reason for p in clean(text)] == ["", "newsletter", "", "", ""]
