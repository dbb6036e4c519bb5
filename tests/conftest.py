import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_ed139b7e7c3af03c.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text):
    import claimx
    from claimx.models import to_dict

    return to_dict(claimx.extract(seed_text, id=str(SEED)))


def shared_path(*parts) -> pathlib.Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpora are not on this machine")
    return path


def analyse(text: str, date: str = "2024-12-27") -> dict:
    import claimx
    from claimx.models import to_dict

    return to_dict(claimx.extract(text, date=date))


def check_offsets(text: str, doc: dict) -> None:
    def check(span):
        assert text[span["start"]:span["end"]] == span["text"], span
    for c in doc["claims"]:
        for s in c["speakers"]:
            check(s)
        if c["cue"]:
            check(c["cue"])
        check(c["content"])
        for f in c["content"]["fragments"]:
            check(f)
        for d in c["dates"]:
            check(d)
    for d in doc["dates"]:
        check(d)
