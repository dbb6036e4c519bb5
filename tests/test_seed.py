"""The seed article as acceptance (../shared/seeds/README.md), against the real model."""
from conftest import check_offsets


def claims_by_cue(doc, cue_text):
    return [c for c in doc["claims"] if c["cue"] and c["cue"]["text"] == cue_text]


def find(doc, fragment):
    hits = [c for c in doc["claims"] if fragment in c["content"]["text"]]
    assert hits, f"no claim contains {fragment!r}"
    return hits[0]


def test_document_date_from_marker(seed_doc):
    assert seed_doc["document_date"] == "2024-12-27"
    assert seed_doc["document_date_origin"] == "text"


def test_offsets_are_exact(seed_text, seed_doc):
    check_offsets(seed_text, seed_doc)


def test_about_twenty_claims_in_text_order(seed_doc):
    claims = seed_doc["claims"]
    assert 18 <= len(claims) <= 26
    starts = [c["content"]["start"] for c in claims]
    assert starts == sorted(starts)
    assert [c["id"] for c in claims] == [f"c{i}" for i in range(1, len(claims) + 1)]


def test_the_one_denial_by_both_speakers_answers_the_post(seed_doc):
    denials = [c for c in seed_doc["claims"] if c["kind"] == "denial"]
    assert len(denials) == 1
    denial = denials[0]
    assert "such a call ever occurred" in denial["content"]["text"]
    assert [s["name"] for s in denial["speakers"]] == ["Vladimir Putin", "Kremlin"]
    assert denial["cue"]["text"] == "have denied" and denial["cue"]["class"] == "deny"
    answered = next(c for c in seed_doc["claims"] if c["id"] == denial["responds_to"])
    assert answered["speakers"][0]["text"] == "The Washington Post"
    assert "first conversation" in answered["content"]["text"]


def test_negated_assertion(seed_doc):
    claim = find(seed_doc, "he has not communicated with Trump")
    assert claim["kind"] == "assertion" and claim["negated"] is True
    assert claim["speakers"][0]["name"] == "Vladimir Putin"


def test_descriptions_and_pronouns_resolve(seed_doc):
    leader = find(seed_doc, "I don't know when we will meet")
    assert leader["speakers"][0]["text"] == "the 72-year-old Russian leader"
    assert leader["speakers"][0]["name"] == "Vladimir Putin"
    assert leader["speakers"][0]["resolution"] == "description"
    elect = find(seed_doc, "Putin is keen to begin discussions")
    assert elect["speakers"][0]["text"] == "the president-elect"
    assert elect["speakers"][0]["name"] == "Donald Trump"
    argued = find(seed_doc, "I believe that Russia has become")
    assert argued["speakers"][0]["text"] == "he" and argued["speakers"][0]["name"] == "Vladimir Putin"
    russian = find(seed_doc, "The problem is that the opposing side")
    assert russian["speakers"][0]["name"] == "Vladimir Putin"


def test_cueless_quote_paragraph_continues_previous_speaker(seed_doc):
    claim = find(seed_doc, "So we have to wait for this")
    assert claim["speakers"][0]["name"] == "Donald Trump"
    assert claim["form"] == "direct" and claim["cue"] is None
    assert claim["content"]["text"].startswith("So we have to wait")


def test_quote_left_open_continues_into_next_paragraph(seed_doc):
    claim = find(seed_doc, "Why? Because we are becoming a truly sovereign country")
    assert claim["speakers"][0]["name"] == "Vladimir Putin"
    strengthening = find(seed_doc, "We are strengthening our defense capability")
    assert strengthening["cue"]["text"] == "claimed"


def test_reported_speech_with_participial_cue(seed_doc):
    pledged = claims_by_cue(seed_doc, "pledged")[0]
    assert pledged["speakers"][0]["name"] == "Donald Trump"
    assert pledged["cue"]["class"] == "promise"
    claiming = claims_by_cue(seed_doc, "claiming")[0]
    assert "bring the devastating conflict to a halt" in claiming["content"]["text"]
    assert claiming["speakers"][0]["name"] == "Donald Trump"


def test_headlines_are_not_claims(seed_text, seed_doc):
    for headline in ("Putin Still Adamant", "Putin's Desire to Talk to Trump"):
        start = seed_text.index(headline)
        end = start + len(headline)
        for c in seed_doc["claims"]:
            assert not (c["content"]["start"] < end and c["content"]["end"] > start), c


def test_relative_dates(seed_doc):
    values = {(d["text"], d["value"], d["start_date"], d["end_date"]) for d in seed_doc["dates"]}
    assert ("last week", "2024-W51", "2024-12-16", "2024-12-22") in values
    assert ("last month", "2024-11", "2024-11-01", "2024-11-30") in values
    assert ("Sunday", "2024-12-22", "2024-12-22", "2024-12-22") in values
    assert ("December 7", "2024-12-07", "2024-12-07", "2024-12-07") in values
    weekend = [d for d in seed_doc["dates"] if "weekend" in d["text"].lower()]
    assert weekend and weekend[0]["start_date"] == "2024-12-21" and weekend[0]["end_date"] == "2024-12-22"
    assert sum(1 for d in seed_doc["dates"] if d["text"] == "last week") == 2


def test_durations_and_non_dates(seed_text, seed_doc):
    by_text = {d["text"]: d for d in seed_doc["dates"]}
    for text, value in (("more than four years", "P4Y"), ("24 hours", "PT24H"), ("several years", "PXY")):
        assert by_text[text]["type"] == "DURATION" and by_text[text]["value"] == value
        assert by_text[text]["start_date"] is None
    age = seed_text.index("78")
    assert not any(d["start"] <= age < d["end"] for d in seed_doc["dates"])
    assert not any("year-old" in d["text"] for d in seed_doc["dates"])


def test_said_on(seed_doc):
    sunday = find(seed_doc, "President Putin said that he wants to meet with me")
    assert sunday["said_on"]["text"] == "Sunday"
    progress = find(seed_doc, 'a little progress')
    assert progress["said_on"]["text"] == "last week"
    assert progress["form"] == "mixed"


def test_participle_after_a_quote_tag_keeps_the_tag_speaker(seed_doc):
    pointing = find(seed_doc, "recent Russian advances in Ukraine")
    assert pointing["speakers"] and pointing["speakers"][0]["name"] == "Vladimir Putin"
