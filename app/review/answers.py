"""The reviewer's answers: one small JSON file beside the review file (``march.prorata-review`` ->
``march.answers.json``), written by the review window as the reviewer goes and read by ``prorata review
import``.

Per invoice: approve, or query with a comment (a query needs one: it is what the office reads), and what the
invoice was when reviewed (its version and the SHA-256 of its JSON), so the import applies a verdict only to
that invoice. The file names the review it answers (its manifest's SHA-256).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.bundle import fields as f
from app.bundle.fields import Problems
from app.errors import MESSAGES, ProrataError
from app.review.package import SUFFIX, Entry, ReviewFile

FORMAT = "prorata-review-answers/1"
VERDICTS = ("approved", "query")
COMMENT_MAX = 2000

MESSAGES.setdefault("review_query_needs_comment", "a query on {invoice} needs a comment: say what should be checked")


@dataclass(frozen=True)
class Answer:
    invoice_id: int
    label: str
    version: int
    invoice_sha256: str
    verdict: str  # approved | query
    comment: str = ""
    at: str | None = None  # when the reviewer gave it (ISO, UTC)

    def as_json(self) -> dict:
        return {"invoice": self.invoice_id, "label": self.label, "version": self.version,
                "invoice_sha256": self.invoice_sha256, "verdict": self.verdict, "comment": self.comment,
                "at": self.at}


@dataclass(frozen=True)
class Answers:
    review_sha256: str
    review_file: str
    reviewer: str
    answers: list[Answer]

    def as_json(self) -> dict:
        return {"format": FORMAT, "review": {"sha256": self.review_sha256, "file": self.review_file},
                "reviewer": self.reviewer, "answers": [a.as_json() for a in self.answers]}


def answers_path(review_path: str | Path) -> Path:
    """Where the answers to the review file ``review_path`` are kept."""
    p = Path(review_path)
    stem = p.name[:-len(SUFFIX)] if p.name.endswith(SUFFIX) else p.name
    return p.with_name(stem + ".answers.json")


def answer(entry: Entry, verdict: str, comment: str = "", at: str | None = None) -> Answer:
    """The reviewer's verdict on ``entry``, checked: a query needs a comment."""
    probs = Problems()
    comment = (comment or "").strip()
    if verdict not in VERDICTS:
        probs.add("bad_value", "verdict", value=verdict, allowed=", ".join(VERDICTS))
    if verdict == "query" and not comment:
        probs.add("review_query_needs_comment", "comment", invoice=entry.label)
    if len(comment) > COMMENT_MAX:
        probs.add("too_long", "comment", field="comment", max=COMMENT_MAX)
    probs.raise_if_any()
    return Answer(entry.id, entry.label, entry.version, entry.invoice_sha256, verdict, comment, at)


def save(path: Path, review: ReviewFile, reviewer: str, given: list[Answer]) -> None:
    """Write the answers (beside a temporary copy first, so a crash never leaves half a file)."""
    doc = Answers(review.sha256, review.path.name, reviewer, given).as_json()
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ProrataError.of("cannot_write", path=str(path), reason=exc.strerror or str(exc)) from exc


def read(path: str | Path) -> Answers:
    """The answers file at ``path``, checked; every problem named where it is."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProrataError.of("cannot_read", path=str(path), reason=getattr(exc, "strerror", None) or str(exc)) \
            from exc
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ProrataError.of("bad_json", str(path), reason=str(exc)) from exc
    probs = Problems()
    d = f.obj(doc, "$", probs, required=("format", "review", "answers"), optional=("reviewer",))
    if d is None:
        probs.raise_if_any()
    if d.get("format") != FORMAT:
        probs.add("bad_format", "$.format", expected=FORMAT, got=d.get("format"))
        probs.raise_if_any()
    review = f.obj(d.get("review"), "$.review", probs, required=("sha256",), optional=("file",)) or {}
    reviewer = f.text(d.get("reviewer"), "$.reviewer", probs, field="reviewer", required=False) or ""
    out: list[Answer] = []
    seen: set[int] = set()
    for i, a in enumerate(f.section(d, "answers", probs)):
        where = f"$.answers[{i}]"
        a = f.obj(a, where, probs, required=("invoice", "version", "invoice_sha256", "verdict"),
                  optional=("label", "comment", "at"))
        if a is None:
            continue
        ok = True
        for key in ("invoice", "version"):
            if isinstance(a.get(key), bool) or not isinstance(a.get(key), int):
                probs.add("bad_type", f"{where}.{key}", expected="a whole number", got=f.json_type(a.get(key)))
                ok = False
        if a.get("verdict") not in VERDICTS:
            probs.add("bad_value", f"{where}.verdict", value=f.shown(a.get("verdict")), allowed=", ".join(VERDICTS))
            ok = False
        comment = a.get("comment") or ""
        if not isinstance(comment, str) or len(comment) > COMMENT_MAX:
            probs.add("too_long" if isinstance(comment, str) else "bad_type", f"{where}.comment", field="comment",
                      max=COMMENT_MAX, expected="a string", got=f.json_type(comment))
            ok = False
        if ok and a["invoice"] in seen:
            probs.add("duplicate", f"{where}.invoice", kind="answer for invoice", code=a["invoice"])
            ok = False
        if ok:
            seen.add(a["invoice"])
            out.append(Answer(a["invoice"], str(a.get("label") or f"#{a['invoice']}"), a["version"],
                              str(a["invoice_sha256"]), a["verdict"], comment.strip(), a.get("at")))
    probs.raise_if_any()
    return Answers(str(review.get("sha256")), str(review.get("file") or ""), reviewer, out)
