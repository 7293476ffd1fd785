"""kg.ingest: formats, encodings, metadata, boilerplate and bad inputs, on real files."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ingest import read
from kg.model import Article, ReadError

ARTICLES = Path(__file__).parent.parent / "data" / "articles"

NEWS_TXT = """\
# Ceasefire Holds in Northern Syria as Talks Resume

By **Jane Doe** and [John Roe](https://example.org/john)

Example Daily, October 24, 2019

Region: [Middle East](#), [Turkey](#)
Theme: <u>Diplomacy</u>, <u>Refugees</u>

A fragile ceasefire in northern Syria held for a third day on Thursday, as delegations from \
Turkey and Russia met in Sochi to discuss the future of the border region.

"We are seeing a significant reduction in violence," said **Mustafa Bali**, a spokesman for \
the Syrian Democratic Forces.

Follow us on Twitter @exampledaily

The United Nations said more than 160,000 people had fled their homes since the offensive \
began, and aid agencies warned that winter would make conditions far worse.

Jane Doe is a correspondent for Example Daily based in Beirut.

Copyright © Jane Doe, Example Daily, 2019

Leave a Reply

Your email address will not be published.
"""

NEWS_HTML = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ceasefire Holds in Northern Syria as Talks Resume | Example Daily</title>
<meta property="og:title" content="Ceasefire Holds in Northern Syria as Talks Resume">
<meta property="og:site_name" content="Example Daily">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2019-10-24T08:30:00Z">
<link rel="canonical" href="https://news.example.org/2019/10/24/ceasefire-holds">
<script>window.dataLayer = []; function track(){ return "tracking-code"; }</script>
<style>body { font-family: sans-serif; }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<main><article>
<h1>Ceasefire Holds in Northern Syria as Talks Resume</h1>
<p>A fragile ceasefire in northern Syria held for a third day on Thursday, as delegations from
Turkey and Russia met in Sochi to discuss the future of the border region.</p>
<p>"We are seeing a significant reduction in violence," said Mustafa Bali, a spokesman for the
Syrian Democratic Forces, in a statement on Wednesday.</p>
<p>The United Nations said more than 160,000 people had fled their homes since the offensive
began, and aid agencies warned that winter would make conditions far worse for families.</p>
<p>Turkish officials said the operation would resume if Kurdish fighters did not withdraw from
a 30-kilometre strip along the frontier before the deadline expires.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Sidebar story one</a></li></ul></aside>
<footer><p>&copy; 2019 Example Daily. All rights reserved.</p><script>track();</script></footer>
</body></html>
"""

RECORDS = [
    {
        "id": "r1",
        "title": "Talks resume in Geneva",
        "authors": ["Jane Doe", "John Roe"],
        "date": "2019-10-24",
        "source": "Example Daily",
        "url": "https://news.example.org/r1",
        "topic": "diplomacy",
        "text": "Delegations met in Geneva on Monday, officials said.\n\nThe talks continue.",
    },
    {
        "id": "r2",
        "title": "Aid convoy reaches town",
        "authors": "Ann Lee, Bo Chan and Cy Diaz",
        "date": "November 09, 2017",
        "source": "Other Times",
        "text": "An aid convoy reached the besieged town on Tuesday, the UN said.",
    },
    {
        "title": "No identifier here",
        "date": "2018-02-31",
        "text": "Fighting resumed near the border overnight, residents said.",
    },
]


def items(paths, **options):
    return list(read([str(p) for p in paths], **options))


def only(paths, **options):
    found = items(paths, **options)
    assert len(found) == 1, found
    return found[0]


def canonical_digest(record):
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def assert_offsets(article: Article):
    body = article.body()
    assert len(body) == len(article.text)
    previous_end = 0
    for start, end in article.removed:
        assert previous_end <= start < end <= len(article.text)
        previous_end = end


# --- formats -------------------------------------------------------------------------


def test_txt_news_page_metadata_and_boilerplate(tmp_path):
    path = tmp_path / "ceasefire.txt"
    path.write_text(NEWS_TXT, encoding="utf-8")
    article = only([path])
    assert isinstance(article, Article)
    assert article.identifier == "ceasefire.txt"
    assert article.source == str(path)
    assert article.digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert article.encoding == "utf-8"
    assert article.title == "Ceasefire Holds in Northern Syria as Talks Resume"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.publisher == "Example Daily"
    assert article.date == dt.date(2019, 10, 24)
    assert article.regions == ("Middle East", "Turkey")
    assert article.themes == ("Diplomacy", "Refugees")
    assert_offsets(article)
    body = article.body()
    assert "Ceasefire Holds in Northern Syria" not in body  # a headline is no body: no claim
    assert "Mustafa Bali" in body and "160,000 people" in body
    for gone in ("By ", "**", "<u>", "Region", "Follow us", "Beirut", "Copyright", "Leave a Reply",
                 "email address", "October 24"):
        assert gone not in body, gone


def test_md_markup_residue_blanked_but_words_kept(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(
        "## Border **Crossing** Reopens\n\n"
        "Officials at the [Bab al-Hawa](https://example.org/x) crossing said on *Monday* that\n"
        "trucks carrying aid had resumed \\*daily\\* trips, see <https://example.org/report>.\n",
        encoding="utf-8",
    )
    article = only([path])
    assert article.title == "Border Crossing Reopens"
    body = article.body()
    assert_offsets(article)
    assert "Bab al-Hawa" in body and "Monday" in body and "daily" in body
    for residue in ("##", "**", "*", "[", "](", "https://", "<", "\\"):
        assert residue not in body, residue
    start = body.index("Bab al-Hawa")
    assert article.text[start : start + len("Bab al-Hawa")] == "Bab al-Hawa"


def test_html_news_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(NEWS_HTML, encoding="utf-8")
    article = only([path])
    assert isinstance(article, Article), article
    assert article.identifier == "page.html"
    assert article.title == "Ceasefire Holds in Northern Syria as Talks Resume"
    assert article.authors == ("Jane Doe",)
    assert article.publisher == "Example Daily"
    assert article.date == dt.date(2019, 10, 24)
    assert article.url == "https://news.example.org/2019/10/24/ceasefire-holds"
    assert article.digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "Mustafa Bali" in article.text and "30-kilometre strip" in article.text
    for noise in ("dataLayer", "tracking-code", "font-family", "Sidebar story", "Politics"):
        assert noise not in article.text, noise
    assert_offsets(article)


def write_jsonl(path: Path, records, *, broken_line: str | None = None):
    lines = [json.dumps(r) for r in records]
    if broken_line is not None:
        lines.insert(1, broken_line)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if path.name.endswith(".gz"):
        data = gzip.compress(data)
    path.write_bytes(data)


@pytest.mark.parametrize("name", ["corpus.jsonl", "corpus.jsonl.gz"])
def test_jsonl_records(tmp_path, name):
    path = tmp_path / name
    write_jsonl(path, RECORDS)
    first, second, third = items([path])
    assert first.identifier == "r1" and first.source == f"{path}:1"
    assert first.title == "Talks resume in Geneva"
    assert first.authors == ("Jane Doe", "John Roe")
    assert first.date == dt.date(2019, 10, 24)
    assert first.publisher == "Example Daily"
    assert first.url == "https://news.example.org/r1"
    assert first.themes == ("diplomacy",)
    assert first.digest == canonical_digest(RECORDS[0])
    assert first.text == RECORDS[0]["text"]
    assert second.authors == ("Ann Lee", "Bo Chan", "Cy Diaz")
    assert second.date == dt.date(2017, 11, 9)
    assert third.identifier == f"{name}:3" and third.source == f"{path}:3"
    assert third.date is None
    assert len(third.warnings) == 1 and "2018-02-31" in third.warnings[0]


@pytest.mark.parametrize("name", ["fakes.csv", "fakes.csv.gz"])
def test_csv_with_common_column_names(tmp_path, name):
    path = tmp_path / name
    data = (
        "unit_id,article_title,article_content,source,date,location,labels\r\n"
        '101,Strike hits market,"Wed 05 Apr 2017 An air strike hit a market in Idlib, '
        'medics said.\nDozens were wounded.",nna,4/5/2017,idlib,1\r\n'
        "102,Talks stall,Negotiators left Geneva without a deal on Friday.,ahram,12/31/2016,"
        "geneva,0\r\n"
    ).encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    first, second = items([path])
    assert (first.identifier, first.source) == ("101", f"{path}:2")
    assert first.title == "Strike hits market"
    assert first.text.startswith("Wed 05 Apr 2017 An air strike") and "\nDozens" in first.text
    assert first.publisher == "nna" and first.regions == ("idlib",)
    assert first.date == dt.date(2017, 4, 5)
    assert (second.identifier, second.source) == ("102", f"{path}:4")
    assert second.date == dt.date(2016, 12, 31)
    assert first.digest == canonical_digest(
        {"unit_id": "101", "article_title": "Strike hits market",
         "article_content": first.text, "source": "nna", "date": "4/5/2017",
         "location": "idlib", "labels": "1"})


def test_explicit_field_mapping_wins(tmp_path):
    path = tmp_path / "mapped.jsonl"
    record = {"ref": "A-1", "headline": "Mapped headline", "story": "The mapped story text.",
              "text": "A decoy text that must not be used.", "when": "July 25, 2018"}
    write_jsonl(path, [record])
    article = only([path], fields={"text": "story", "title": "headline", "id": "ref",
                                   "date": "when"})
    assert article.identifier == "A-1"
    assert article.title == "Mapped headline"
    assert article.text == "The mapped story text."
    assert article.date == dt.date(2018, 7, 25)
    with pytest.raises(ValueError, match="unknown field 'body'"):
        read([path], fields={"body": "story"})


def test_folders_are_walked_sorted_and_unknown_types_reported(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Second article text about the talks.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article text about the border.", encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("not an article", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this folder", encoding="utf-8")
    found = items([tmp_path])
    assert [a.identifier for a in found] == ["a.txt", "z.txt"]
    assert items([tmp_path / "notes.xyz"]) == [
        ReadError(str(tmp_path / "notes.xyz"), "unsupported file type .xyz")
    ]
    empty = tmp_path / "empty"
    empty.mkdir()
    (error,) = items([empty])
    assert isinstance(error, ReadError) and "no article files" in error.reason


# --- the bundled articles --------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled():
    found = {a.identifier[:3]: a for a in read([ARTICLES])}
    assert set(found) == {"000", "001", "002", "003", "004"}
    assert all(isinstance(a, Article) for a in found.values())
    return found


def test_bundled_metadata(bundled):
    a = bundled["000"]
    assert a.title == "Supported by US-NATO: ISIS-Daesh Defeated in Iraq and Syria?"
    assert a.authors == ("Stephen Lendman",)
    assert a.publisher == "Global Research"
    assert a.date == dt.date(2018, 7, 25)
    assert a.regions == ("Middle East & North Africa",)
    assert "Intelligence" in a.themes and "US NATO War Agenda" in a.themes
    b = bundled["001"]
    assert b.title == "Iraqi Army Drive ISIS Out Of Iraq Despite U.S. Collusion"
    assert (b.authors, b.date) == ((), None)
    c = bundled["002"]
    assert c.title == "Syria: Is US Fighting ISIS or Liquidating Assets?"
    assert (c.authors, c.publisher, c.date) == (
        ("Tony Cartalucci",), "Global Research", dt.date(2019, 3, 30))
    assert c.regions == ("Middle East & North Africa",) and "SYRIA" in c.themes
    d = bundled["003"]
    assert d.title is None
    assert (d.authors, d.date) == ((), None)
    assert d.publisher == "MENA Research and Study Center"
    e = bundled["004"]
    assert e.title == "Last Major ISIS Stronghold in Syria Liberated"
    assert (e.authors, e.date) == (("Stephen Lendman",), dt.date(2017, 11, 9))
    for article in bundled.values():
        assert article.identifier.endswith(".txt")
        assert article.source == str(ARTICLES / article.identifier)
        assert article.digest == hashlib.sha256(
            (ARTICLES / article.identifier).read_bytes()).hexdigest()


BOILERPLATE = ["Facebook", "Global Research", "Chicago", "Ukraine", "Disclaimer", "Akismet",
               "lendmanstephen", "stephenlendman.org", "Leave a Reply", "Become a Member",
               "share buttons", "MENA Research and Study Center", "Fact checked", "**", "<u>",
               "](", "VISIT MY NEW WEB SITE", "Featured image", "Articles by"]
CONTENT = {
    "000": ["Haider Abadi", "General Igor Konashenkov", "A Final Comment",
            "Their fighters shaved off their beards"],
    "001": ["Dr Andreas Krieg", "Iraqi army defeat ISIS, driving them out of the country",
            "They are already bracing for the next one."],
    "002": ["CNN in its article", "What Becomes of Surrendering and Fleeing ISIS Militants?",
            "it's that the US presided over"],
    "003": ["Myles Caggins", "according to the New York Times",
            "part of which is used to carry out terrorist attacks."],
    "004": ["Defense Minister Sergey Shoigu", "Gen. Valery Gerasimov",
            "Washington ignored it, continuing to block deliveries"],
}


def test_bundled_boilerplate_removed_and_content_kept(bundled):
    for key, article in bundled.items():
        assert_offsets(article)
        body = article.body()
        for phrase in BOILERPLATE:
            assert phrase not in body, (key, phrase)
        for phrase in CONTENT[key]:
            assert phrase in body, (key, phrase)
        assert article.title is None or article.title not in body  # a headline: no body
        # Every body word is where it was in the text.
        for start, end in article.removed:
            assert body[start:end].strip() == ""
    assert bundled["000"].title.startswith("Supported by US-NATO")


def test_content_resembling_boilerplate_is_kept(tmp_path):
    lines = [
        "Contact at the border crossing was limited to aid convoys, officials said on Monday.",
        "The views expressed in the letter were shared by several ministers, diplomats said.",
        "About the authority of the council, the minister said nothing in his speech.",
        "He argued that the rights reserved to the provinces under the 2005 constitution "
        "had been ignored.",
        "Follow-up talks are planned for next week in Geneva, according to the statement.",
        "Copyright disputes over the footage were settled last year, the broadcaster said.",
    ]
    path = tmp_path / "lookalikes.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    article = only([path])
    assert article.removed == ()
    assert article.body() == article.text


# --- encodings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding, expected",
    [("latin-1", "cp1252"), ("cp1252", "cp1252"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8-sig")],
)
def test_encodings(tmp_path, encoding, expected):
    text = ("Le président François Hollande a déclaré à Paris que la France «restera "
            "fidèle» à ses alliés.\nSon ministre a parlé d'une «étape décisive».\n")
    if encoding == "cp1252":
        text += "Le coût: 5 € — « un succès », a-t-il dit.\n"
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    article = only([path])
    assert isinstance(article, Article), article
    assert article.encoding == expected
    assert article.text == text
    assert "François" in article.body()


# --- bad inputs ------------------------------------------------------------------------


def test_empty_binary_missing_and_too_large(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b"  \n\t\n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "controls.txt").write_bytes(bytes(range(1, 9)) * 50)
    big = tmp_path / "big.txt"
    big.write_text("Troops advanced on the town. " * 100, encoding="utf-8")
    found = {Path(e.source).name: e.reason for e in items(
        [tmp_path / n for n in ("empty.txt", "blank.md", "image.txt", "controls.txt")])}
    assert found == {"empty.txt": "empty", "blank.md": "empty",
                     "image.txt": "binary, not text", "controls.txt": "binary, not text"}
    assert items([tmp_path / "missing.txt"]) == [
        ReadError(str(tmp_path / "missing.txt"), "no such file or directory")]
    (error,) = items([big], max_bytes=1000)
    assert error == ReadError(str(big), "too large: 2.9 kB (limit 1 kB)")
    assert isinstance(only([big]), Article)


def test_broken_jsonl_line_and_record_without_text(tmp_path):
    path = tmp_path / "mixed.jsonl"
    records = [RECORDS[0], {"id": "empty", "title": "Nothing", "text": "  "}, RECORDS[1]]
    write_jsonl(path, records, broken_line='{"id": "bad", "text": "unterminated')
    found = items([path])
    assert [type(x).__name__ for x in found] == ["Article", "ReadError", "ReadError", "Article"]
    broken, no_text = found[1], found[2]
    assert broken.source == f"{path}:2"
    assert broken.reason.startswith("line 2: invalid JSON: ")
    assert no_text == ReadError(f"{path}:3", "record empty has no text")
    assert [a.identifier for a in found if isinstance(a, Article)] == ["r1", "r2"]
    for error in (broken, no_text):
        assert "\n" not in error.reason


def test_csv_without_text_column(tmp_path):
    path = tmp_path / "notext.csv"
    path.write_text("ref,headline,copy\n1,Talks,The talks resumed.\n", encoding="utf-8")
    (error,) = items([path])
    assert isinstance(error, ReadError) and error.source == str(path)
    assert "no text column" in error.reason
    assert "'ref', 'headline', 'copy'" in error.reason
    assert "fields=" in error.reason and "\n" not in error.reason
    (article,) = items([path], fields={"text": "copy", "title": "headline", "id": "ref"})
    assert (article.identifier, article.title, article.text) == ("1", "Talks", "The talks resumed.")


def test_deeply_nested_and_script_laden_html(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><body>" + "<div>" * 5000
        + "<p>Deep inside the page the minister said the talks would resume.</p>"
        + "</div>" * 5000 + "<script>" + "var x = 1;" * 5000 + "</script></body></html>",
        encoding="utf-8",
    )
    (item,) = items([path])
    assert isinstance(item, (Article, ReadError))
    if isinstance(item, ReadError):
        assert item.reason and "\n" not in item.reason
    else:
        assert_offsets(item)
    junk = tmp_path / "junk.html"
    junk.write_bytes(b"<html><<<>>></html>")
    assert items([junk]) == [ReadError(str(junk), "no article text found in the HTML page")]


def test_malformed_header_date_is_a_warning(tmp_path):
    path = tmp_path / "baddate.txt"
    path.write_text("By Jane Doe\nExample Daily, February 31, 2018\n\nTroops left the town on "
                    "Monday after a week of fighting, residents said.\n", encoding="utf-8")
    article = only([path])
    assert article.date is None and article.publisher == "Example Daily"
    assert len(article.warnings) == 1 and "February 31, 2018" in article.warnings[0]


# --- property: any text file gives an Article with true offsets, or a ReadError -----------

LINES = st.sampled_from([
    "# A Headline", "By **Jane Doe**", "Example News, July 25, 2018", "Region: [a](#), [b](#)",
    "Copyright © Jane Doe, Example News, 2019", "Note to readers: please share", "\\*", "***",
    "<u>underlined</u>", "[link](http://x.org)", "Leave a Reply", "mail@example.org", "",
    "Troops withdrew from the town on Monday, officials said.", "---", "  ", "\r",
])
TEXTS = st.lists(st.one_of(st.text(max_size=80), LINES), max_size=30).map("\n".join)


@pytest.fixture(scope="module")
def scratch():
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=TEXTS)
def test_any_text_file_reads_or_fails_cleanly(scratch, content):
    path = scratch / "article.txt"
    path.write_bytes(content.encode("utf-8", "surrogatepass"))
    (item,) = list(read([path]))
    if isinstance(item, ReadError):
        assert item.reason in ("empty", "binary, not text"), item.reason
        return
    assert_offsets(item)
    if "\x00" not in content:
        expected = content.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        assert item.text == expected
