"""Property tests: arbitrary Unicode never breaks extract, spans stay exact, output fits the schema."""
import os

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimx
from claimx.models import json_schema, to_dict
from conftest import check_offsets

EXAMPLES = int(os.environ.get("CLAIMX_FUZZ_EXAMPLES", "60"))
SCHEMA = json_schema()

pieces = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
    st.sampled_from(['"', "\u201c", "\u201d", "'", "\u2019", "\n\n", " said ", "He said that ", "Putin",
                     " denied that ", "last week", "\u05e9\u05dc\u05d5\u05dd", "e\u0301", "\U0001f600", "\x00", "\t"]),
    st.text(alphabet="ab", min_size=200, max_size=400),
)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pieces, max_size=12).map("".join))
def test_extract_never_raises_and_spans_are_exact(text):
    doc = to_dict(claimx.extract(text, date="2024-12-27"))
    check_offsets(text, doc)
    starts = [c["content"]["start"] for c in doc["claims"]]
    assert starts == sorted(starts)
    jsonschema.validate(doc, SCHEMA)
