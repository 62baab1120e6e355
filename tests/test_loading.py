"""Loading and cleaning: encodings, markup, odd content; offsets always index the decoded text."""
from __future__ import annotations

import codecs

import pytest

from pipeline.loading import BioError, clean_text, decode, parse_bio, read_bio

BIO = "Jane Doe\n\nShe won the 2010 Berlin Marathon in 2:20:10.\n"


def test_citations_become_spaces_of_the_same_length():
    text = "[7] He won.[1][2] Then [note 3] she ran."
    clean = clean_text(text)
    assert len(clean) == len(text)
    assert clean == "    He won.       Then          she ran."


def test_athlete_is_line_one_and_is_not_prose():
    bio = parse_bio("Jane Doe\n\n[3] She won in 2:20:01.", "jane")
    assert (bio.athlete, bio.doc_id, bio.warnings) == ("Jane Doe", "jane", ())
    assert "Jane" not in bio.clean and bio.clean.index("She") == bio.text.index("She")


@pytest.mark.parametrize("data, warned", [
    (BIO.encode("utf-8"), False),
    (codecs.BOM_UTF8 + BIO.encode("utf-8"), False),
    (codecs.BOM_UTF16_LE + BIO.encode("utf-16-le"), False),
    (codecs.BOM_UTF16_BE + BIO.encode("utf-16-be"), False),
])
def test_unicode_encodings_decode_silently(data, warned):
    text, warnings = decode(data)
    assert text == BIO and bool(warnings) == warned


def test_windows_1252_is_decoded_with_a_warning_naming_the_encoding():
    text, warnings = decode("Zoë Müller\n\nShe won – again.".encode("cp1252"))
    assert text == "Zoë Müller\n\nShe won – again."
    assert warnings == ["not UTF-8: decoded as Windows-1252"]


def test_invalid_bytes_in_utf8_are_replaced_and_reported():
    text, warnings = decode("Zoë\n\nShe ran ".encode() + b"\xff\xfe" + " in Málaga.".encode())
    assert "Málaga" in text and "\ufffd" in text
    assert "invalid UTF-8" in warnings[0]


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (b"%PDF-1.4 ...", "PDF"),
    (b"abc\x00def", "NUL"),
])
def test_binary_files_are_refused(data, reason):
    with pytest.raises(BioError, match=reason):
        decode(data)


@pytest.mark.parametrize("text, reason", [("", "empty"), (" \n\t\n", "no visible text"), ("<p></p>", "no visible text")])
def test_empty_content_is_refused(text, reason):
    with pytest.raises(BioError, match=reason):
        parse_bio(text, "x")


def test_name_line_only_is_a_warning():
    assert parse_bio("Jane Doe\n", "x").warnings == ("no text after the name line",)


def test_prose_on_line_one_is_read_as_prose():
    bio = parse_bio("Jane Doe won the 2010 Berlin Marathon in 2:20:10 on a cold day.", "x")
    assert bio.athlete == "" and "line 1 reads as prose" in bio.warnings[0]
    assert "Berlin" in bio.clean


def test_html_and_wiki_markup_are_blanked_in_place():
    text = ("<h1>Jane Doe</h1>\n<p>'''Jane''' won the [[Berlin Marathon|Berlin race]] in 2:20:10"
            "<ref>{{cite web|url=x}}</ref> &amp; set a PB.<script>alert(1)</script></p>")
    bio = parse_bio(text, "x")
    assert bio.athlete == "Jane Doe"
    assert len(bio.clean) == len(text)
    visible = " ".join(bio.clean.split())
    assert visible == "Jane won the Berlin race in 2:20:10 & set a PB."
    assert bio.clean.index("Berlin race") == text.index("Berlin race")


def test_control_characters_become_spaces():
    assert clean_text("a\x00b\x07c\td\n") == "a b c\td\n"


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(BIO * 100, encoding="utf-8")
    with pytest.raises(BioError, match="size limit.*--max-mb"):
        read_bio(path, max_bytes=1000)
    assert read_bio(path).athlete == "Jane Doe"
