"""Stage 1, load and clean: read a bio, decode it, take its athlete, blank out what is not prose.

Cleaning never changes a character's position: citation markers ("[7]", "[1][2]"), HTML tags, wiki
markup and control characters become spaces of the same length, so every offset into the cleaned
text is an offset into the decoded original. The athlete's name line is blanked too: it is not prose.

Input that cannot be a bio raises :class:`BioError` with a message for the user; input read with a
fallback (an old 8-bit encoding, invalid UTF-8 bytes) comes back with warnings.
"""
from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# A citation marker: "[7]", "[12]", "[note 3]", "[a]"; runs like "[1][2]" are matched marker by marker.
CITATION_MARKER = re.compile(r"\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\]")
# Blocks whose whole content is invisible: "<script>...</script>", "<ref>...</ref>", "{{cite web|...}}".
HIDDEN_BLOCK = re.compile(r"<(script|style|ref)\b[^>]*>.*?</\1\s*>|<ref\b[^>]*/>|\{\{[^{}]*\}\}",
                          re.IGNORECASE | re.DOTALL)
# An HTML tag or comment: "<p>", "</b>", "<br/>", "<!-- note -->".
HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.DOTALL)
# An HTML entity: "&amp;", "&#8211;", "&nbsp;".
HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
# Wiki link brackets and the target of a piped link: "[[Berlin Marathon|Berlin]]" keeps "Berlin".
WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?|\]\]")
# An external link, whose label stays: "[http://x.org the result]" keeps "the result".
EXTERNAL_LINK = re.compile(r"\[https?://[^\s\]]*\s?(?P<label>[^\]\n]*)\]")
# Wiki emphasis and headings: "'''Jane Doe'''", "== Career ==".
WIKI_MARKUP = re.compile(r"'{2,}|^=+|=+$", re.MULTILINE)
# Control characters other than tab, newline and carriage return.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# Leading bytes of common binary formats.
MAGIC = {b"\x89PNG": "a PNG image", b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (or .docx)",
         b"GIF8": "a GIF image", b"\xff\xd8\xff": "a JPEG image", b"\x1f\x8b": "a gzip archive",
         b"\x7fELF": "a program"}
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# A well-formed multi-byte UTF-8 sequence, e.g. b"\xc3\xa9" for "é".
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class BioError(ValueError):
    """Input that cannot be read as a bio; the message says why, in plain words."""


@dataclass(frozen=True)
class Bio:
    """A bio's decoded text, its cleaned twin (same length), the athlete, and any reading warnings."""

    doc_id: str
    text: str
    clean: str
    athlete: str
    warnings: tuple[str, ...] = field(default=())


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text of a file's bytes and warnings; BioError for binary data.

    A byte-order mark decides first; then strict UTF-8; then, for mostly-UTF-8 data with some bad
    bytes, UTF-8 with U+FFFD; otherwise Windows-1252 (Latin-1 where it has no character).
    """
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            raise BioError(f"binary file ({kind}), not text")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as error:
                raise BioError(f"starts with a {encoding} byte-order mark but is not valid {encoding}: {error}")
    if b"\x00" in data:
        raise BioError("contains NUL bytes: a binary file, or UTF-16 without a byte-order mark")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        if UTF8_MULTIBYTE.search(data):
            bad = len(data.decode("utf-8", errors="replace")) - len(data.decode("utf-8", errors="ignore"))
            return data.decode("utf-8", errors="replace"), [
                f"{bad} invalid UTF-8 byte sequence(s) (first at byte {error.start}) replaced by U+FFFD"]
    try:
        return data.decode("cp1252"), ["not UTF-8: decoded as Windows-1252"]
    except UnicodeDecodeError:
        return data.decode("latin-1"), ["not UTF-8: decoded as Latin-1"]


def _blank(match: re.Match[str]) -> str:
    """Spaces for a match, keeping its line breaks (so sentences and paragraphs stay apart)."""
    return re.sub(r"[^\n]", " ", match.group())


def _keep_label(match: re.Match[str]) -> str:
    """Spaces for an external link's URL and brackets, its label kept in place."""
    start, end = match.span("label")
    whole = match.group()
    offset = match.start()
    return " " * (start - offset) + whole[start - offset:end - offset] + " " * (match.end() - end)


def _entity(match: re.Match[str]) -> str:
    """An entity's character followed by spaces: "&amp;" -> "&    "."""
    char = html.unescape(match.group())
    return (char + " " * (len(match.group()) - 1)) if len(char) == 1 else " " * len(match.group())


def clean_text(text: str) -> str:
    """Visible prose only, at the same offsets: markup, citations and control characters become spaces."""
    for pattern in (HIDDEN_BLOCK, HTML_TAG, CITATION_MARKER, WIKI_LINK, WIKI_MARKUP, CONTROL):
        text = pattern.sub(_blank, text)
    text = EXTERNAL_LINK.sub(_keep_label, text)
    text = HTML_ENTITY.sub(_entity, text)
    return text.replace("\ufeff", " ")


def parse_bio(text: str, doc_id: str, warnings: list[str] | None = None) -> Bio:
    """A bio from its text: the athlete is the first line with visible text, the rest is prose."""
    warnings = list(warnings or [])
    if not text:
        raise BioError("empty file")
    clean = clean_text(text)
    if not clean.strip():
        raise BioError("no visible text (empty, white space or markup only)")
    name_start = len(clean) - len(clean.lstrip())
    name_end = clean.find("\n", name_start)
    name_end = len(clean) if name_end < 0 else name_end
    athlete = " ".join(clean[name_start:name_end].split())
    if len(athlete.split()) > 8 or athlete.endswith((".", "!", "?")):
        warnings.append("line 1 reads as prose, not a name: athlete left empty and the line read as prose")
        athlete = ""
    else:
        clean = clean[:name_start] + " " * (name_end - name_start) + clean[name_end:]
    if not clean.strip():
        warnings.append("no text after the name line")
    return Bio(doc_id=doc_id, text=text, clean=clean, athlete=athlete, warnings=tuple(warnings))


def check_size(size: int, max_bytes: int) -> None:
    """Refuse input larger than ``max_bytes``, saying how to raise the limit."""
    if size > max_bytes:
        raise BioError(f"{size:,} bytes is over the size limit of {max_bytes:,} bytes (raise it with --max-mb)")


def read_bio(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Bio:
    """Read, decode and parse a bio file; its doc_id is the file stem."""
    check_size(path.stat().st_size, max_bytes)
    text, warnings = decode(path.read_bytes())
    return parse_bio(text, doc_id=path.stem, warnings=warnings)
