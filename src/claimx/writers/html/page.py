"""The pieces of a reader page: the shell (inline CSS and script, a Content-Security-Policy that
allows nothing else), one ``<article>`` per document, and the side index.

Every piece of input text goes through :func:`html.escape`; the result dicts the script reads
are embedded as JSON with ``<``, ``>`` and ``&`` written as ``\\u003c`` and so on, so no input can
end the ``<script>`` element it sits in.
"""
from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from importlib import resources
from typing import Optional

from ...stages.lexicon import PERSONAL_PRONOUNS
from ..describe import content_words, cut, said_on_value, who
from .marks import Mark, render

PALETTE = 12  # colour classes p0..p11 in reader.css


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


CSS = _asset("reader.css")
SCRIPT = _asset("reader.js")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


# Only the page's own style and script run; no request leaves the page (no fonts, images, frames).
CSP = (f"default-src 'none'; style-src {_sha256(CSS)}; script-src {_sha256(SCRIPT)}; img-src data:; "
       "base-uri 'none'; form-action 'none'")


def head(title: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
            "<link rel=\"icon\" href=\"data:,\">\n"
            f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            "<div class=\"layout\">\n<main id=\"documents\">\n")


def tail(index_html: str) -> str:
    return (f"</main>\n<nav id=\"index\" aria-label=\"Index\">\n{index_html}</nav>\n</div>\n"
            "<aside id=\"details\" role=\"status\" aria-live=\"polite\" hidden></aside>\n"
            f"<script>{SCRIPT}</script>\n</body>\n</html>\n")


def embedded_json(value) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def colour(entity_id: Optional[str]) -> str:
    """The colour class of an entity ("e3" -> "p2"); "pn" for a speaker without one."""
    if entity_id and entity_id[1:].isdigit():
        return f"p{(int(entity_id[1:]) - 1) % PALETTE}"
    return "pn"


def _claim_colour(claim: dict) -> str:
    return colour(next((s.get("entity") for s in claim["speakers"] if s.get("entity")), None))


@dataclass
class Summary:
    """What the side index needs of one document, kept after its article is written."""

    key: str
    id: str
    href: str  # where the document's article is, from the index page
    date: Optional[str] = None
    claims: int = 0
    error: Optional[str] = None
    speakers: Counter = field(default_factory=Counter)
    denials: list = field(default_factory=list)  # (href, who, cue, content)


def summarise(result: dict, key: str, href: str) -> Summary:
    summary = Summary(key=key, id=result["id"], href=href, date=result.get("document_date"))
    if "error" in result:
        summary.error = f"{result['error']['code']}: {result['error']['message']}"
        return summary
    summary.claims = len(result["claims"])
    for c in result["claims"]:
        for s in c["speakers"]:
            unnamed_pronoun = s.get("resolution") == "unresolved" and not s.get("affiliation") \
                and s["text"].lower() in PERSONAL_PRONOUNS
            summary.speakers["(a pronoun not resolved)" if unnamed_pronoun else who(s)] += 1
        if c["kind"] == "denial":
            speaker = "; ".join(who(s) for s in c["speakers"]) or "unknown speaker"
            summary.denials.append((f"{href}#{key}-{c['id']}", speaker, c["cue"]["text"] if c["cue"] else "",
                                    cut(content_words(c), 90)))
    return summary


def article(result: dict, text: Optional[str], key: str) -> str:
    """One document: heading, the text with its marks, the list of claims and the data."""
    title = result.get("title") or result["id"]
    parts = [f"<article class=\"doc\" id=\"{key}\" data-doc-key=\"{key}\" data-doc-id=\"{escape(result['id'])}\">\n",
             f"<h1>{escape(title)}</h1>\n"]
    if "error" in result:
        parts.append(f"<p class=\"meta\">{escape(result['id'])}</p>\n<p class=\"failure\">Not processed: "
                     f"{escape(result['error']['code'])}: {escape(result['error']['message'])}</p>\n</article>\n")
        return "".join(parts)
    claims = result["claims"]
    denials = sum(c["kind"] == "denial" for c in claims)
    meta = [escape(result["id"]) if result.get("title") else None,
            f"dated {escape(result['document_date'])} ({escape(result.get('document_date_origin') or '')})"
            if result.get("document_date") else "no date",
            f"{len(claims)} claims, {denials} denials"]
    parts.append(f"<p class=\"meta\">{' · '.join(m for m in meta if m)}</p>\n")
    if result.get("warnings"):
        parts.append("<ul class=\"warnings\">" + "".join(f"<li>{escape(w)}</li>" for w in result["warnings"])
                     + "</ul>\n")
    if text is not None:
        parts.append(f"<div class=\"text\">{render(text, _marks(result, key))}</div>\n")
    parts.append(f"<section class=\"claims\"><h2>Claims</h2>\n<ol>\n{''.join(_item(c, key) for c in claims)}</ol>"
                 "</section>\n")
    parts.append(f"<script type=\"application/json\" class=\"claimx-data\" data-doc-key=\"{key}\">"
                 f"{embedded_json(result)}</script>\n</article>\n")
    return "".join(parts)


def _marks(result: dict, key: str) -> list[Mark]:
    marks: dict[tuple, Mark] = {}
    for c in result["claims"]:
        denial = c["kind"] == "denial"
        content = c["content"]
        marks[("content", c["id"])] = Mark(
            content["start"], content["end"], "content",
            classes=(_claim_colour(c),) + (("denial",) if denial else ()),
            attrs={"data-kind": c["kind"], "tabindex": "0"},
            first_attrs={"id": f"{key}-{c['id']}", "data-claim-id": c["id"]},
            later_attrs={"data-continues": c["id"]})
        for s in c["speakers"]:
            title = who(s) + (f" ({s['resolution']})" if s.get("resolution") else "")
            marks.setdefault(("spk", s["start"], s["end"]),
                             Mark(s["start"], s["end"], "spk", classes=(colour(s.get("entity")),),
                                  attrs={"title": title}))
        if c["cue"]:
            cue = c["cue"]
            marks.setdefault(("cue", cue["start"], cue["end"]),
                             Mark(cue["start"], cue["end"], "cue", attrs={"title": f"cue: {cue.get('class') or '-'}"}))
    for d in result["dates"]:
        span = f"{d['start_date']} to {d['end_date']}" if d.get("start_date") and d.get("end_date") else ""
        marks.setdefault(("date", d["start"], d["end"]),
                         Mark(d["start"], d["end"], "date",
                              attrs={"data-value": d["value"] or "?", "title": f"{d['type']} {d['value']} {span}".strip()}))
    return list(marks.values())


def _item(claim: dict, key: str) -> str:
    speaker = "; ".join(who(s) for s in claim["speakers"]) or "unknown speaker"
    kind = "DENIAL" if claim["kind"] == "denial" else "assertion"
    bits = [f"<a href=\"#{key}-{claim['id']}\">{claim['id']}</a>",
            f"<b>{escape(speaker)}</b>",
            f"<span class=\"kind\">{kind}</span>"]
    if claim["negated"]:
        bits.append("<span class=\"neg\">negated</span>")
    if claim["cue"]:
        bits.append(f"<i>{escape(claim['cue']['text'])}</i>")
    bits.append(f"<q>{escape(cut(content_words(claim), 240))}</q>")
    if said_on_value(claim):
        bits.append(f"<span class=\"when\">{escape(said_on_value(claim))}</span>")
    if claim.get("responds_to"):
        target = claim["responds_to"]
        bits.append(f"<span class=\"answers\">answers <a href=\"#{key}-{target}\">{escape(target)}</a></span>")
    return (f"<li class=\"claim {_claim_colour(claim)}\" data-claim-id=\"{claim['id']}\" data-kind=\"{claim['kind']}\">"
            + " ".join(bits) + "</li>\n")


SPEAKERS_SHOWN = 200
DENIALS_SHOWN = 500


def side_index(summaries: list[Summary], home: Optional[str] = None) -> str:
    """The side index: documents, speakers with their claim counts, denials (links to each)."""
    parts = []
    if home:
        parts.append(f"<p><a href=\"{escape(home)}\">&larr; all documents</a></p>\n")
    parts.append(f"<h2>Documents ({len(summaries)})</h2>\n<ol class=\"documents\">\n")
    for s in summaries:
        label = escape(s.id)
        note = f"<span class=\"failure\">error {escape(s.error)}</span>" if s.error else \
            f"<span class=\"count\">{s.claims} claims</span>"
        parts.append(f"<li><a href=\"{escape(s.href)}#{s.key}\">{label}</a> {note}</li>\n")
    parts.append("</ol>\n")
    speakers = Counter()
    for s in summaries:
        speakers.update(s.speakers)
    ranked = sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))
    parts.append(f"<h2>Speakers ({len(ranked)})</h2>\n<ul class=\"speakers\">\n")
    parts.extend(f"<li>{escape(name)} <span class=\"count\">{n}</span></li>\n" for name, n in ranked[:SPEAKERS_SHOWN])
    if len(ranked) > SPEAKERS_SHOWN:
        parts.append(f"<li class=\"count\">and {len(ranked) - SPEAKERS_SHOWN} more</li>\n")
    parts.append("</ul>\n")
    denials = [d for s in summaries for d in s.denials]
    parts.append(f"<h2>Denials ({len(denials)})</h2>\n<ul class=\"denials\">\n")
    for href, speaker, cue, content in denials[:DENIALS_SHOWN]:
        parts.append(f"<li><a href=\"{escape(href)}\">{escape(speaker)}</a> {escape(cue)}: {escape(content)}</li>\n")
    if len(denials) > DENIALS_SHOWN:
        parts.append(f"<li class=\"count\">and {len(denials) - DENIALS_SHOWN} more</li>\n")
    parts.append("</ul>\n<p class=\"help\">Keys: j or n next claim, k or p previous, Esc clears. "
                 "Hover or focus a claim for its details.</p>\n")
    return "".join(parts)


def documents_table(summaries: list[Summary]) -> str:
    """The body of an archive's index.html: one row per document."""
    rows = []
    for s in summaries:
        status = f"<td class=\"failure\" colspan=\"2\">error {escape(s.error)}</td>" if s.error else \
            f"<td class=\"num\">{s.claims}</td><td class=\"num\">{len(s.denials)}</td>"
        rows.append(f"<tr><td><a href=\"{escape(s.href)}\">{escape(s.id)}</a></td><td>{escape(s.date or '')}</td>"
                    f"{status}</tr>\n")
    return ("<h1>claimx</h1>\n<table class=\"docs\"><thead><tr><th>document</th><th>date</th><th>claims</th>"
            f"<th>denials</th></tr></thead>\n<tbody>\n{''.join(rows)}</tbody></table>\n")
