"""The review file: one zip that a reviewer opens without the database.

Members: ``manifest.json`` (what was exported, when, by whom, and per invoice its id, version, label,
customer, total and the SHA-256 of its two members), ``invoices/<id>.json`` (the invoice as
``prorata invoices show --json`` gives it, plus the context a reviewer needs) and ``pdfs/<id>.pdf`` (the
document the customer would get). Opening checks every member against the manifest and refuses a file with a
member changed, missing or added, naming it: a corrupted or edited file is never reviewed. The review's
identity is the SHA-256 of its manifest; the reviewer's answers name it.

The SHA-256s detect a changed file, not a forger who rewrites the manifest too: whoever could do that could
as well edit the answers. The import (apply.py) checks each invoice against the database anyway.
"""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import MESSAGES, ProrataError

FORMAT = "prorata-review/1"
SUFFIX = ".prorata-review"
MANIFEST = "manifest.json"
MEMBER_MAX_BYTES = 64 * 1024 * 1024  # no invoice's PDF or JSON comes near; a zip bomb does

MESSAGES.setdefault("review_not_a_file", "{path} is not a review file ({reason}): ask for a new export")
MESSAGES.setdefault("review_tampered", "{path} was changed after it was exported: {member} does not match the "
                                       "SHA-256 in its manifest; nothing in it can be trusted, ask for a new export")
MESSAGES.setdefault("review_member_missing", "{path} is incomplete: {member} is listed in its manifest but missing; "
                                             "ask for a new export")
MESSAGES.setdefault("review_member_extra", "{path} holds {member}, which its manifest does not list: it was "
                                           "changed after it was exported; ask for a new export")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical(doc: object) -> bytes:
    """The one byte form of a JSON document that hashes are taken of."""
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class Entry:
    """One invoice in a review file, as the manifest lists it."""

    id: int
    version: int
    label: str  # its number, or "draft #12"
    customer: str  # code
    customer_name: str
    issuer: str
    currency: str
    total: str  # as the invoice JSON writes it
    status: str
    issue_date: str | None
    json_member: str
    pdf_member: str
    json_sha256: str  # of the member's bytes
    invoice_sha256: str  # of the invoice JSON alone (canonical), which the import compares with the database's

    def as_json(self) -> dict:
        return dict(self.__dict__)


@dataclass
class ReviewFile:
    """An opened, checked review file; members are read from ``data`` (the file as read once)."""

    path: Path
    manifest: dict
    entries: list[Entry]
    sha256: str  # of the manifest: the review's identity
    _zip: zipfile.ZipFile = field(repr=False)

    def pdf(self, entry: Entry) -> bytes:
        return self._zip.read(entry.pdf_member)

    def invoice(self, entry: Entry) -> dict:
        """The exported JSON: ``{"invoice": ..., "context": ...}``."""
        return json.loads(self._zip.read(entry.json_member))

    def close(self) -> None:
        self._zip.close()


def write(path: Path, manifest: dict, members: dict[str, bytes]) -> str:
    """Write the review file (``members`` by name, their SHA-256s added to ``manifest["files"]``); returns the
    manifest's SHA-256. Written beside ``path`` first and renamed, so a failure leaves no half file."""
    manifest = dict(manifest, format=FORMAT, files={name: sha256(data) for name, data in sorted(members.items())})
    body = json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8")
    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr(MANIFEST, body)
            for name, data in sorted(members.items()):
                # PDFs are compressed already: stored as they are, they open faster.
                z.writestr(name, data, compress_type=zipfile.ZIP_STORED if name.endswith(".pdf") else None)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ProrataError.of("cannot_write", path=str(path), reason=exc.strerror or str(exc)) from exc
    return sha256(body)


def open_review(path: str | Path) -> ReviewFile:
    """The review file at ``path``, every member checked against its manifest, or a ProrataError saying what
    is wrong with it (not a zip, not a review file, a member changed, missing or added)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ProrataError.of("cannot_read", path=str(path), reason=exc.strerror or str(exc)) from exc
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = {i.filename: i for i in z.infolist()}
        if MANIFEST not in infos:
            raise ProrataError.of("review_not_a_file", path=str(path), reason="it has no manifest")
        body = z.read(MANIFEST)
        manifest = json.loads(body)
    except (zipfile.BadZipFile, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ProrataError.of("review_not_a_file", path=str(path), reason=str(exc)) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not isinstance(
            manifest.get("files"), dict) or not isinstance(manifest.get("invoices"), list):
        raise ProrataError.of("review_not_a_file", path=str(path), reason=f"its manifest is not {FORMAT}")
    files: dict = manifest["files"]
    for name in infos:
        if name != MANIFEST and name not in files:
            raise ProrataError.of("review_member_extra", path=str(path), member=name)
    for name, expected in files.items():
        info = infos.get(name)
        if info is None:
            raise ProrataError.of("review_member_missing", path=str(path), member=name)
        if info.file_size > MEMBER_MAX_BYTES:
            raise ProrataError.of("review_not_a_file", path=str(path), reason=f"{name} is too large")
        try:
            got = sha256(z.read(name))
        except (zipfile.BadZipFile, OSError) as exc:  # a flipped byte fails the zip's own CRC
            raise ProrataError.of("review_tampered", path=str(path), member=name) from exc
        if got != expected:
            raise ProrataError.of("review_tampered", path=str(path), member=name)
    try:
        entries = [Entry(**{**e, "json_sha256": files[e["json_member"]]}) for e in manifest["invoices"]]
        if any(e.pdf_member not in files for e in entries):
            raise KeyError("pdf")
    except (TypeError, KeyError) as exc:
        raise ProrataError.of("review_not_a_file", path=str(path), reason="its manifest lists invoices wrongly") \
            from exc
    return ReviewFile(path, manifest, entries, sha256(body), z)
