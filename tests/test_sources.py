import pytest

from claimx.sources import (Failure, Record, date_from_filename, date_from_text, decode_bytes, read_inputs,
                            resolve_date)


def test_decode_utf8_with_and_without_bom():
    assert decode_bytes("caf\u00e9".encode())[0] == "caf\u00e9"
    text, enc, warnings = decode_bytes(b"\xef\xbb\xbf" + "caf\u00e9".encode())
    assert text == "caf\u00e9" and warnings == []


def test_decode_utf16_both_orders():
    for enc, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        text, name, warnings = decode_bytes(bom + "He said \u201chi\u201d.".encode(enc))
        assert text == "He said \u201chi\u201d." and "UTF-16" in warnings[0]


def test_decode_windows_1252_curly_quotes_and_latin1():
    text, enc, warnings = decode_bytes(b"He said \x93hi\x94 to Ren\xe9.")
    assert text == "He said \u201chi\u201d to Ren\u00e9." and "Windows-1252" in warnings[0]


def test_decode_broken_utf8_uses_replacement():
    data = "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e".encode() + b" \xff end"
    text, enc, warnings = decode_bytes(data)
    assert "\ufffd" in text and "Caf\u00e9" in text and warnings


@pytest.mark.parametrize("data", [b"abc\x00def", b"\x89PNG\r\n\x1a\n....", b"\x1f\x8b\x08\x00rest"])
def test_binary_is_refused(data):
    from claimx.sources import DecodeError
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert info.value.code == "binary"


def test_date_marker_and_header():
    assert date_from_text("date 2024-12-27 Russian President ...") == "2024-12-27"
    assert date_from_text("Title\nDate: December 27, 2024\n\nBody.") == "2024-12-27"
    assert date_from_text("Nothing here 2024-12-27 in the body.") is None
    assert date_from_filename("breitbart_2016-10-12_some-title.txt") == "2016-10-12"


def test_date_precedence():
    rec = Record(id="x", text="date 2024-12-27 text", date="2020-01-01")
    resolve_date(rec, "2019-05-05", "a_2018-01-01.txt")
    assert (rec.date, rec.date_origin) == ("2019-05-05", "option")
    rec = Record(id="x", text="date 2024-12-27 text")
    resolve_date(rec, None, "a_2018-01-01.txt")
    assert (rec.date, rec.date_origin) == ("2024-12-27", "text")
    rec = Record(id="x", text="plain")
    resolve_date(rec, None, "a_2018-01-01.txt")
    assert rec.date_origin == "filename"
    rec = Record(id="x", text="plain")
    resolve_date(rec, None, None)
    assert rec.date is None and rec.warnings


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Hi.", "date": "2024-01-02"}\n'
                    'not json\n'
                    '{"id": "c"}\n'
                    '{"text": 5}\n'
                    '{"text": "No id.", "date": "2024-13-45"}\n'
                    '{"text": "No id here."}\n', encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], Record) and items[0].date_origin == "record"
    codes = [(type(i).__name__, getattr(i, "code", None), i.id) for i in items[1:]]
    assert codes[0] == ("Failure", "bad_record", f"{path}:2")
    assert codes[1] == ("Failure", "bad_record", "c")
    assert codes[2][1] == "bad_record" and codes[3][1] == "bad_record"
    assert items[5].id == f"{path}:6"


def test_directory_walk_sorted_with_symlink_loop(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.")
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "skip.md").write_text("No.")
    (tmp_path / "b" / "loop").symlink_to(tmp_path)
    ids = [i.id for i in read_inputs([str(tmp_path)])]
    assert ids == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]


def test_missing_and_too_large(tmp_path):
    items = list(read_inputs([str(tmp_path / "nope.txt")]))
    assert isinstance(items[0], Failure) and items[0].code == "not_found"
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    items = list(read_inputs([str(big)], max_chars=50))
    assert items[0].code == "too_large"
