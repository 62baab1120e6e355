import pytest

from pipeline.loading import clean_text
from pipeline.sentences import boundary_offsets, doc_text, trimmed


def sentences(nlp, text):
    doc = nlp(clean_text(text))
    spans = [trimmed(doc.text, s.start_char, s.end_char) for s in doc.sents]
    return [text[start:end] for start, end in spans if start != end]


@pytest.mark.parametrize("text, expected", [
    ("He ran 2:16:22 hours. Then he rested.", ["He ran 2:16:22 hours.", "Then he rested."]),
    ("She moved to St. Louis in 2004. She won.", ["She moved to St. Louis in 2004.", "She won."]),
    ("On Jan. 5 he won. Later he lost.", ["On Jan. 5 he won.", "Later he lost."]),
    ("He walked 3:47:55 (pos. 14) there. Later he lost.", ["He walked 3:47:55 (pos. 14) there.", "Later he lost."]),
    ("He won.\n\n[8] At the race he fell.", ["He won.", "At the race he fell."]),
    ("He won the race.[3] [4] She was second.", ["He won the race.", "She was second."]),
    ("J. Smith won. It rained.", ["J. Smith won.", "It rained."]),
    ("Name\n\nFirst paragraph.", ["Name", "First paragraph."]),
])
def test_sentence_boundaries(nlp, text, expected):
    assert sentences(nlp, text) == expected


@pytest.mark.parametrize("text", ["Ran 2:08:50 in  Berlin.\n\nThen won.", "  leading space", ""])
def test_doc_text_is_the_text_given_or_rebuilt_from_the_doc(nlp, text):
    assert doc_text(nlp(text)) == text
    rebuilt = nlp.tokenizer.tokenizer(text)  # spaCy's own tokenizer: the text is rebuilt from tokens
    assert "text" not in rebuilt.user_data
    assert doc_text(rebuilt) == text


def test_a_time_with_abbreviated_units_is_one_sentence():
    text = "He ran the distance in 2 hrs. 46 min. 12 sec. and was placed seventh. In 1928 he won in 4 min. 2.4 sec. He left."
    starts = boundary_offsets(text)
    assert [text[start:start + 8].strip() for start in starts] == ["In 1928", "He left"]


def test_a_clock_time_s_p_m_ends_a_sentence_before_a_new_one():
    text = "She reached Faenza a little after 11 p.m. Ten Brinke has said it was her hardest race."
    assert [text[offset:].lstrip()[:3] for offset in boundary_offsets(text)] == ["Ten"]
    assert boundary_offsets("The race started at 7 p.m. Sunday in Rome.") == []
    assert boundary_offsets("At 7 p.m. GMT the gun went.") == []


def test_a_list_s_bullet_is_not_part_of_the_sentence():
    text = "Highlights\n- 2015-07-18 European U20 Championships – 7th\n• 2019 Universiade – 4th"
    first = text.index("- 2015")
    assert trimmed(text, first, text.index("\n", first)) == (first + 2, text.index("\n", first))
    second = text.index("• 2019")
    assert trimmed(text, second, len(text)) == (second + 2, len(text))
