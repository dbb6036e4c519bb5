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


def shown(claims: list) -> list:
    """The claims as (id, kind, content, responds_to), for assertion messages."""
    return [(c["id"], c["kind"], c["content"]["text"], c["responds_to"]) for c in claims]


def denial_and_target(text: str, which: int = 0):
    """The *which*-th denial of *text*, the claim it responds to (or None) and all the claims."""
    claims = analyse(text)["claims"]
    denial = [c for c in claims if c["kind"] == "denial"][which]
    target = next((c for c in claims if c["id"] == denial["responds_to"]), None)
    return denial, target, claims


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
