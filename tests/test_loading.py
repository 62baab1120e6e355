from pipeline.loading import neutralise_citations, parse_bio


def test_citations_become_spaces_of_the_same_length():
    text = "[7] He won.[1][2] Then [note 3] she ran."
    clean = neutralise_citations(text)
    assert len(clean) == len(text)
    assert clean == "    He won.       Then          she ran."


def test_athlete_is_line_one_and_offsets_index_the_original():
    bio = parse_bio("Jane Doe\n\n[3] She won in 2:20:01.", "jane")
    assert bio.athlete == "Jane Doe"
    assert bio.doc_id == "jane"
    assert bio.clean.index("She") == bio.text.index("She")


def test_byte_order_mark_is_not_part_of_the_name():
    assert parse_bio("\ufeffJane Doe\n\ntext", "x").athlete == "Jane Doe"
