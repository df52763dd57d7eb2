"""Loading: seeds intact, metadata from every place it can come from, bad input reported."""
import hashlib
import os
import shutil
from pathlib import Path

import pytest

import claimdiff
from claimdiff.sources import iso_date
from conftest import SEEDS

SEED_SHA256 = {
    "000_cec9d586c5f71784.txt": "b034af190d9174bf555e6da4c8aa4d1202685b4f0f685d1707b079ef110a08fa",
    "003_e7c693c91a7ac171.txt": "90c695535827da5ba1582d97d6c3af79b6d3956503102ebc90fe450f98904b84",
}


@pytest.mark.parametrize("name,sha", sorted(SEED_SHA256.items()))
def test_seeds_are_byte_identical_to_what_was_received(name, sha):
    assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == sha


def _meta(corpus):
    return {a.article_id: (a.outlet, a.author, a.published, a.language) for a in corpus}


@pytest.mark.parametrize("article_id,expected", [
    ("000_cec9d586c5f71784", ("Business Insider", "", "", "en")),      # seeds/sources.csv
    ("003_e7c693c91a7ac171", ("The New American", "Warren Mass", "2019-02-27", "en")),
])
def test_seed_metadata(seeds, article_id, expected):
    assert _meta(seeds)[article_id] == expected


@pytest.mark.parametrize("article_id,expected", [
    ("01_ap_wire_cucuta", ("AP", "Rafael Ortega", "2019-02-26", "en")),           # header block
    ("04_hemispherewatch_blog", ("Hemisphere Watch", "Dale Whitcomb", "2019-02-27", "en")),  # byline + footer
    ("05_harbortribune_doral", ("The Harbor Tribune", "Carolina Bastidas", "2019-02-26", "en")),  # HTML meta
    ("06_latitude_analysis", ("Latitude Review", "Julián Ferreyra", "2019-03-01", "en")),  # YAML front matter
    ("09_efe_es_cucuta", ("EFE", "", "2019-02-23", "es")),                       # empty author: field
    ("12_extremonorte_pt_pacaraima", ("Portal Extremo Norte", "Francisca Lima Bezerra", "2019-02-25", "pt")),
])
def test_dev_metadata(dev, article_id, expected):
    assert _meta(dev)[article_id] == expected


def test_byline_in_the_text_gives_author_and_date_without_a_sidecar(tmp_path):
    shutil.copy(SEEDS / "003_e7c693c91a7ac171.txt", tmp_path)
    (article,) = claimdiff.load(tmp_path)
    assert (article.author, article.published, article.title) == (
        "Warren Mass", "2019-02-27", "Many Venezuelan Soldiers Wavering and Some Are Deserting")


def test_a_txt_file_may_carry_yaml_front_matter(tmp_path):
    (tmp_path / "a.txt").write_text("---\ntitle: Sismo en el sur\noutlet: Diario del Sur\ndate: 2025-05-11\n"
                                    "language: pt\n---\n\nAl menos 45 personas murieron.\n", encoding="utf-8")
    (article,) = claimdiff.load(tmp_path)
    assert (article.title, article.outlet, article.published, article.language) == (
        "Sismo en el sur", "Diario del Sur", "2025-05-11", "pt")
    # the header is no paragraph of the article
    assert [article.text[p.start:p.end] for p in article.paragraphs if p.kept] == ["Al menos 45 personas murieron."]


@pytest.mark.parametrize("text,language", [
    ("El sábado, según Migración Colombia, los militares que desertaron fueron sesenta.", "es"),
    ("No sábado, segundo a Migração Colômbia, os militares que desertaram foram sessenta.", "pt"),
    ("On Saturday, according to Colombia's migration agency, sixty soldiers had deserted.", "en"),
])
def test_language_is_detected_from_function_words(tmp_path, text, language):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (article,) = claimdiff.load(tmp_path)
    assert article.language == language


def test_html_offsets_index_the_extracted_main_text(dev):
    a = dev["05_harbortribune_doral"]
    first = a.kept()[0]
    assert a.text[first.start:first.end].startswith("DORAL — The television above the counter")
    assert "Comments (3)" not in a.text and "gtag(" not in a.text


@pytest.mark.parametrize("value,iso", [
    ("2019-02-26T18:40:00-05:00", "2019-02-26"),
    ("Written by [Warren Mass](#) on February 27, 2019", "2019-02-27"),
    ("By Dale Whitcomb | February 27, 2019 | 4 min read", "2019-02-27"),
    ("27 de febrero de 2019", "2019-02-27"),
    ("26 de fevereiro de 2019", "2019-02-26"),
    ("Posted Feb. 26, 2019 at 9:00", "2019-02-26"),
    ("2 March 2019", "2019-03-02"),
    ("February 30, 2019", ""),
    ("no date here", ""),
])
def test_iso_date(value, iso):
    assert iso_date(value) == iso


def test_sidecar_edits_are_seen_by_the_next_load(tmp_path):
    # sources.csv is read once per version of the file, not once per article: an edit between
    # two loads must still be picked up.
    (tmp_path / "a.txt").write_text("Soldiers crossed the bridge on Saturday night.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Two trucks burned on the bridge on Saturday.\n", encoding="utf-8")
    side = tmp_path / "sources.csv"
    side.write_text("file,outlet\na.txt,Reuters\nb.txt,Reuters\n", encoding="utf-8")
    assert [a.outlet for a in claimdiff.load(tmp_path)] == ["Reuters", "Reuters"]
    side.write_text("file,outlet,published\na.txt,AP,2019-02-26\n", encoding="utf-8")
    assert [(a.outlet, a.published) for a in claimdiff.load(tmp_path)] == [("AP", "2019-02-26"), ("", "")]


# Bad input: each gives one clear (path, problem) row and the rest of the batch loads.
BAD_FILES = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\n ", "no text: the file holds only whitespace"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text (it contains NUL bytes)"),
    ("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf'; expected .txt, .md or .html"),
]


@pytest.mark.parametrize("name,content,problem", BAD_FILES)
def test_bad_file_is_reported_and_the_batch_goes_on(tmp_path, name, content, problem):
    (tmp_path / name).write_bytes(content)
    shutil.copy(SEEDS / "003_e7c693c91a7ac171.txt", tmp_path)
    corpus = claimdiff.load([tmp_path / name, tmp_path / "003_e7c693c91a7ac171.txt"])
    assert corpus.errors == [(str(tmp_path / name), problem)]
    assert [a.article_id for a in corpus] == ["003_e7c693c91a7ac171"]


def test_missing_path_is_reported(tmp_path):
    corpus = claimdiff.load([tmp_path / "nowhere.txt", SEEDS / "003_e7c693c91a7ac171.txt"])
    assert corpus.errors == [(str(tmp_path / "nowhere.txt"), "no such file or folder")]
    assert len(corpus) == 1


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    # Tests may run as root, which reads any file whatever its mode: simulate the refusal.
    target = tmp_path / "locked.txt"
    target.write_text("Some text.", encoding="utf-8")
    real = os.open

    def refuse(path, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(path, *args, **kwargs)
    monkeypatch.setattr(os, "open", refuse)
    corpus = claimdiff.load([target])
    assert corpus.errors == [(str(target), "cannot read: permission denied")]


def test_windows_1252_spanish_is_decoded_with_a_warning(tmp_path):
    text = "El sargento dijo: «No volveré». Según Migración Colombia, ya son más de 320 los desertores del país."
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    (article,) = claimdiff.load(tmp_path)
    assert article.text == text
    assert article.warnings == [f"not UTF-8; decoded as {article.encoding}"]


def test_utf8_bom_and_utf16_decode(tmp_path):
    text = "Sgt. Jorge Torres told the Associated Press he was tired."
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "wide.txt").write_bytes(text.encode("utf-16"))
    bom, wide = claimdiff.load(tmp_path)
    assert (bom.text, bom.warnings) == (text, [])
    assert (wide.text, wide.warnings) == (text, ["decoded as UTF-16 (byte-order mark)"])


def test_folders_skip_readmes_and_sidecars(tmp_path):
    (tmp_path / "README.md").write_text("# about these files\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,outlet\na.txt,Reuters\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Soldiers crossed the bridge on Saturday.", encoding="utf-8")
    corpus = claimdiff.load(tmp_path)
    assert [(a.article_id, a.outlet) for a in corpus] == [("a", "Reuters")]
    assert corpus.errors == []


def test_html_without_date_markup_gets_no_guessed_date(tmp_path):
    # htmldate falls back to guesses (even today's date); only a page that dates itself counts.
    # The canonical URL holds a date that htmldate would take; nothing on the page says so.
    page = ("<html><head><title>Deserters cross</title>"
            '<link rel="canonical" href="https://example.org/world/2019/02/26/deserters-cross.html">'
            "</head><body><article><h1>Deserters cross</h1>"
            "<p>More than 320 soldiers deserted and crossed the border in four days, officials said on "
            "Tuesday, and many of them are now staying in shelters across the city.</p>"
            "<p>Forty of them share a single rented house near the bridge, a priest said.</p>"
            "</article></body></html>")
    (tmp_path / "undated.html").write_text(page, encoding="utf-8")
    (article,) = claimdiff.load(tmp_path)
    assert article.published == ""


def test_an_unreadable_sidecar_is_a_warning_on_each_article_not_a_silent_loss(tmp_path):
    (tmp_path / "a.txt").write_text("Soldiers crossed the bridge on Saturday night.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes(b"file,outlet\na.txt,AP\n\x00\x01\x02" * 50)
    (article,) = claimdiff.load(tmp_path)
    assert (article.outlet, article.warnings) == ("", [
        "sources.csv beside it could not be read (binary file, not text (it contains NUL bytes)); "
        "its metadata was not used"])


# sources.csv as spreadsheets save it: the row for a.txt gives outlet Reuters, published
# 2019-02-26, language es, whatever the encoding, delimiter and line ends.
SIDECAR_ROWS = [["file", "outlet", "published", "language"], ["a.txt", "Agencia Señal", "2019-02-26", "es"]]


def _sheet(delimiter: str, newline: str) -> str:
    return "".join(delimiter.join(row) + newline for row in SIDECAR_ROWS)


@pytest.mark.parametrize("raw,warnings", [
    (_sheet(",", "\n").encode("utf-8"), []),
    (b"\xef\xbb\xbf" + _sheet(",", "\r\n").encode("utf-8"), []),          # Excel "CSV UTF-8"
    (b"\xef\xbb\xbf" + _sheet(";", "\r\n").encode("utf-8"), []),          # a decimal-comma locale
    (_sheet(";", "\r\n").encode("cp1252"), ["sources.csv beside it is not UTF-8; read as cp1252"]),  # Excel "CSV"
    (_sheet("\t", "\r\n").encode("utf-16"), []),                          # Excel "Unicode text"
    (_sheet(",", "\n").replace("file,outlet", "File , Outlet ").encode("utf-8"), []),
])
def test_sidecar_is_read_as_spreadsheets_save_it(tmp_path, raw, warnings):
    (tmp_path / "a.txt").write_text("Soldados cruzaron el puente el sábado por la noche.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes(raw)
    (article,) = claimdiff.load(tmp_path)
    assert (article.outlet, article.published, article.language, article.warnings) == (
        "Agencia Señal", "2019-02-26", "es", warnings)


def test_sidecar_without_a_file_column_is_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Soldiers crossed the bridge on Saturday night.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("name,outlet\na.txt,AP\n", encoding="utf-8")
    (article,) = claimdiff.load(tmp_path)
    assert (article.outlet, article.warnings) == (
        "", ["sources.csv beside it has no 'file' column; its metadata was not used"])


HEADER = "title: Soldiers cross\noutlet: The Harbor Tribune\ndate: 2019-02-20\n\n"
BODY = "Soldiers crossed the bridge on Saturday night, the agency said on Sunday.\n"


@pytest.mark.parametrize("side,expected", [
    # README: sources.csv first, then the file's own metadata, then the text.
    ("file,outlet,published\na.txt,AP,2019-02-26\n", ("AP", "2019-02-26", [])),
    ("file,outlet\na.txt,AP\n", ("AP", "2019-02-20", [])),
    ("file,published\na.txt,2019-13-45\n", ("The Harbor Tribune", "2019-02-20",
     ["published date '2019-13-45' in sources.csv is not a valid date; not used"])),
    ("", ("The Harbor Tribune", "2019-02-20", [])),
])
def test_sidecar_wins_over_the_file_and_bad_dates_are_warned(tmp_path, side, expected):
    (tmp_path / "a.txt").write_text(HEADER + BODY, encoding="utf-8")
    if side:
        (tmp_path / "sources.csv").write_text(side, encoding="utf-8")
    (article,) = claimdiff.load(tmp_path)
    assert (article.outlet, article.published, article.warnings) == expected


def test_an_impossible_date_in_the_file_is_warned_and_not_used(tmp_path):
    (tmp_path / "a.txt").write_text(HEADER.replace("2019-02-20", "2019-02-30") + BODY, encoding="utf-8")
    (article,) = claimdiff.load(tmp_path)
    assert (article.published, article.warnings) == (
        "", ["published date '2019-02-30' in the file's metadata is not a valid date; not used"])


NFC_TEXT = "Según la policía, más de 320 personas.\n"


@pytest.mark.parametrize("form,warnings", [
    # Decomposed accents (NFD, as macOS and some editors write them) are composed at load:
    # offsets index the composed text the tables show.
    ("NFD", ["decomposed accents composed (Unicode NFC); offsets index the composed text"]),
    ("NFC", []),
])
def test_text_is_unicode_nfc(tmp_path, form, warnings):
    import unicodedata
    raw = unicodedata.normalize(form, NFC_TEXT).encode("utf-8")
    assert (raw == NFC_TEXT.encode("utf-8")) == (form == "NFC")
    (tmp_path / "a.txt").write_bytes(raw)
    (article,) = claimdiff.load(tmp_path)
    assert (article.text, article.warnings) == (NFC_TEXT, warnings)


def test_discover_numbers_files_before_reading_them(tmp_path):
    # Ids are a function of the list of files alone: the empty b/x.txt still takes x-2.
    import os
    from claimdiff.sources import discover
    for name, raw in (("a/x.txt", b"Soldiers crossed."), ("b/x.txt", b""), ("b/x-2.txt", b"More crossed."),
                      ("c/x.md", b"Still more.")):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(raw)
    os.mkfifo(tmp_path / "c" / "pipe.txt")
    os.symlink(tmp_path, tmp_path / "c" / "loop")
    rows = [(str(f.path.relative_to(tmp_path)), f.article_id, f.problem) for f in discover(tmp_path)]
    assert rows == [
        ("a/x.txt", "x", ""),
        ("b/x-2.txt", "x-2", ""),
        ("b/x.txt", "x-3", ""),
        ("c/loop", "", "link to a folder already being read (a loop, or a second way to it); not read again"),
        ("c/pipe.txt", "", "is a named pipe (FIFO), not a regular file; not read"),
        ("c/x.md", "x-4", ""),
    ]
    corpus = claimdiff.load(tmp_path)
    assert [a.article_id for a in corpus] == ["x", "x-2", "x-4"]
    assert [(Path(p).name, m) for p, m in corpus.errors] == [
        ("x.txt", "empty file"), ("loop", rows[3][2]), ("pipe.txt", rows[4][2])]


def test_sidecar_matches_a_file_name_stored_decomposed(tmp_path):
    # macOS stores file names decomposed (NFD); the sidecar, typed in a spreadsheet, is not.
    import unicodedata
    name = unicodedata.normalize("NFD", "señal.txt")
    (tmp_path / name).write_text("Soldados cruzaron el puente el sábado por la noche.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,outlet\nseñal.txt,EFE\n", encoding="utf-8")
    (article,) = claimdiff.load(tmp_path)
    assert article.outlet == "EFE"


def test_folders_nested_too_deep_are_reported_not_walked(tmp_path, monkeypatch):
    import claimdiff.sources
    monkeypatch.setattr(claimdiff.sources, "MAX_FOLDER_DEPTH", 2)
    deep = tmp_path / "a" / "b" / "c" / "d"
    deep.mkdir(parents=True)
    (deep / "x.txt").write_text("Soldiers crossed the bridge on Saturday.\n", encoding="utf-8")
    (tmp_path / "a" / "y.txt").write_text("Soldiers crossed the bridge on Sunday.\n", encoding="utf-8")
    corpus = claimdiff.load(tmp_path)
    assert [a.article_id for a in corpus] == ["y"]
    assert corpus.errors == [(str(tmp_path / "a" / "b" / "c"), "folders nested more than 2 deep; not read further")]
