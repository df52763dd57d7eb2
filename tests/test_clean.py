"""Cleaning: what each seed loses, and why; nothing is lost silently."""
from collections import Counter

import pytest

from claimdiff.clean import clean, credit_outlet, is_byline, lines_are_paragraphs


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
    # one paragraph of a file that leaves blank lines between its paragraphs
    p, body = clean(text + "\n\nMigration officials said 167 had crossed by noon.")
    assert (p.reason, body.reason) == (reason, "")


# ca_03_borderbeat_en, fl_02_rsnoticias24h_pt and hu_03_stormdesk_en (tests/corpus/dev2) never
# leave a blank line: a page saved a paragraph, heading or menu item a line.
HU_03_HEAD = ("StormDesk News\n"
              "Home | Weather | World | Climate | Video | Newsletters\n"
              "Search\n"
              "Sign in\n"
              "WORLD / AMERICAS\n"
              "Hurricane Otis: Nearly 100 Dead or Missing in Acapulco as Mexico's President Slams 'Exaggerated' Figures\n"
              "By StormDesk Staff | 5 min read\n"
              "Share on Facebook\n"
              "Share on X\n"
              "Copy link\n"
              "Advertisement\n"
              "Mexico's president is fighting a second battle after Hurricane Otis: a battle over the numbers.\n")


@pytest.mark.parametrize("text, expected", [
    (HU_03_HEAD, True),
    ("Lopez Obrador told reporters the official tally of the missing was falling.\n\nHe did not give a new figure.\n"
     "Read more: Why did nobody see Otis coming?", False),
    # hard-wrapped at a fixed width: its lines end mid-sentence
    ("Mexican President Andres Manuel Lopez Obrador on Monday dismissed\n"
     "reports of hundreds of missing people in hurricane-hit Acapulco as\n"
     "exaggerated, accusing his political opponents of using the tragedy\n"
     "to attack his government.\n", False),
])
def test_lines_are_paragraphs(text, expected):
    assert lines_are_paragraphs(text) is expected


def test_a_page_without_blank_lines_is_read_a_line_a_paragraph():
    reasons = [(text_of(HU_03_HEAD, p), p.reason) for p in clean(HU_03_HEAD)]
    assert reasons == [
        ("StormDesk News", "navigation"),
        ("Home | Weather | World | Climate | Video | Newsletters", "navigation"),
        ("Search", "navigation"),
        ("Sign in", "navigation"),
        ("WORLD / AMERICAS", "navigation"),
        ("Hurricane Otis: Nearly 100 Dead or Missing in Acapulco as Mexico's President Slams 'Exaggerated' Figures", ""),
        ("By StormDesk Staff | 5 min read", ""),
        ("Share on Facebook", "share buttons"),
        ("Share on X", "share buttons"),
        ("Copy link", "share buttons"),
        ("Advertisement", "advertisement"),
        ("Mexico's president is fighting a second battle after Hurricane Otis: a battle over the numbers.", ""),
    ]


def text_of(text, p):
    return text[p.start:p.end]


@pytest.mark.parametrize("text, expected", [
    # fl_02_rsnoticias24h_pt: a heading, two headlines, then the story goes on
    ("A Defesa Civil estadual foi direta em nota divulgada no início da tarde.\n"
     "Leia mais:\n"
     "Aeroporto Salgado Filho suspende voos por tempo indeterminado\n"
     "Como doar para as vítimas das enchentes no RS: veja a lista de pontos de coleta\n"
     "O nível do Guaíba, que chegou a 5,53 metros no domingo (5), recorde histórico, baixava lentamente nesta terça.\n",
     ["", "related links", "related links", "related links", ""]),
    # hu_03_stormdesk_en: the headline the scrape kept as a quotation
    ("Nearly 80% of the city's hotels were damaged, according to the local hotel association.\n"
     "You might also like:\n"
     "'It sounded like the end of the world': Acapulco survivors describe Otis\n"
     "Mexico's hurricane season: what comes after Otis?\n"
     "Photos: Acapulco before and after\n"
     "Tags: Hurricane Otis, Acapulco, Mexico, Guerrero, Lopez Obrador\n",
     ["", "related links", "related links", "related links", "related links", "tags"]),
    # ca_03_borderbeat_en: a list under "Related:"
    ("Related:\n- Blinken, Mayorkas wrap up Mexico talks with few specifics\n- What is CBP One and how does it work?\n"
     "Tags: caravan, Mexico, Chiapas, INM, migrants\n", ["related links", "related links", "related links", "tags"]),
    # seed 003: a subscription box after the related links is the box's, not a headline
    ("Related articles\n\n[Trump Signs Executive Orders to Build Border Wall](#)\n\nSubscribe to the New American\n\n"
     "Get exclusive digital access to the most informative, non-partisan truthful news source for patriotic Americans!\n\n"
     "Discover a refreshing blend of time-honored values within the pages of \"The New American\" magazine.",
     ["related links", "related links", "newsletter", "newsletter", "newsletter"]),
])
def test_related_links_take_the_headlines_under_their_heading(text, expected):
    assert [p.reason for p in clean(text)] == expected


@pytest.mark.parametrize("text, reason", [
    ("Início | Rio Grande do Sul | Brasil | Política | Esportes | Clima | Vídeos", "navigation"),
    ("About Us | Contact | Advertise | Privacy | Terms", "navigation"),
    # pr_04_diariointernacional_pt: a table row is no menu
    ("| Manifestantes (CGT) | 2 milhões | 2,8 milhões |", ""),
    ("Comments (112)", "comments"),
    ("Get BorderBeat in your inbox", "newsletter"),
    ("Receba as notícias do RS Notícias 24h no seu WhatsApp. Clique aqui e entre no canal!", "newsletter"),
])
def test_furniture_lines(text, reason):
    assert clean(text + "\n\nMigration officials said 167 had crossed by noon.")[0].reason == reason


def test_a_truncated_copy_of_a_line_is_dropped():
    # fl_02_rsnoticias24h_pt: the scrape repeats a paragraph, cut off mid-word
    text = ("Quem quiser ajudar pode fazer doações pela chave PIX da campanha “SOS Rio Grande do Sul”, criada pelo "
            "governo estadual. Até a tarde desta terça, a campanha já havia arrecadado mais de R$ 90 milhões.\n"
            "Centenas de voluntários com barcos e jet skis seguem ajudando nos resgates em Canoas.\n"
            "Quem quiser ajudar pode fazer doações pela chave PIX da campanha “SOS Rio Grande do Sul”, criada pelo "
            "governo estadual. Até a tarde desta terça, a campanha já havia arrec\n")
    assert [p.reason for p in clean(text)] == ["", "", "truncated copy"]


def test_a_newsletter_box_mid_article_does_not_swallow_the_reporting_after_it():
    text = ("Soldiers kept crossing on Monday.\n\n"
            "Sign up for our newsletter\nThe day's news in your inbox.\n\n"
            "\"We will not go back,\" said one sergeant, who asked not to be named.\n\n"
            "Migration officials said 167 had crossed by noon.\n\n"
            "The foreign ministry told reporters that all of them arrived unarmed.")
    assert [p.reason for p in clean(text)] == ["", "newsletter", "", "", ""]


# A front matter closed by "---" with the body on the next line (probe, pt): the header's
# own paragraph ends at its closing line, the lead paragraph is kept.
@pytest.mark.parametrize("text, body_start, expected", [
    ('---\ntitle: Ministra diz que governo "não vai recuar"\nlanguage: pt\n---\n'
     'A ministra da Fazenda, Helena Duarte, afirmou que o governo "não vai recuar".\n\nSegundo parágrafo.',
     70,
     [('---\ntitle: Ministra diz que governo "não vai recuar"\nlanguage: pt\n---', "metadata header"),
      ('A ministra da Fazenda, Helena Duarte, afirmou que o governo "não vai recuar".', ""),
      ("Segundo parágrafo.", "")]),
])
def test_a_header_closed_without_a_blank_line_keeps_the_first_paragraph(text, body_start, expected):
    assert text[:body_start].endswith("---\n")
    assert [(text_of(text, p), p.reason) for p in clean(text, body_start)] == expected
