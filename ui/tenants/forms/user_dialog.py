"""Add a user to a company, or edit one: the name and the e-mail address (unique within the company)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.errors import Problem, ProrataError
from app.services import users_admin
from app.services.tenant_view import NodeKind, NodeRef
from app.services.users_admin import UserRecord
from ui.tenants.forms.base import TenantDialog, text_of


class UserDialog(TenantDialog):
    """A new user of ``company`` (``email`` None) or an edit of its user ``email``.

    ``company`` is the company's code, ``company_ref`` its node in the tree, ``company_name`` shown above.
    """

    def __init__(self, worker, parent=None, *, company: str, company_ref: NodeRef, company_name: str = "",
                 email: str | None = None, today: date | None = None):
        super().__init__(worker, parent, key=email, today=today)
        self._company = company
        self._company_ref = company_ref
        self._company_name = company_name
        self.setWindowTitle(self.tr("New user") if email is None else self.tr("Edit user %1").replace("%1", email))

    def _read(self, session) -> UserRecord | None:  # runs on the worker
        if self._key is None:
            return None
        return users_admin.user_show(session, self._company, self._key, self._today, self._language).record

    def _build(self, record: UserRecord | None) -> None:
        self._record = record
        form = self.add_form()
        company = form.add_field("company", self.tr("Company:"), QLineEdit(
            f"{self._company_name} · {self._company}" if self._company_name else self._company))
        company.setReadOnly(True)
        company.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.email = form.add_field("email", self.tr("&Email:"), QLineEdit(),
                                    hint=self.tr("Unique within the company."))
        self.email.setMaxLength(320)
        self.name = form.add_field("name", self.tr("&Name:"), QLineEdit())
        self.name.setMaxLength(200)
        if record is not None:
            self._refill(record)
        self.min_width = 480

    def _refill(self, record: UserRecord) -> None:
        self.email.setText(record.email)
        self.name.setText(record.name)

    def _save_call(self, problems: list[Problem]):
        email, name = text_of(self.email), text_of(self.name)
        company = self._company
        if self._record is None:
            return lambda s: users_admin.add_user(s, company, email, name)
        u = self._record
        changes = {k: v for k, v in (("email", email), ("name", name)) if v != getattr(u, k)}
        if not changes:
            return None
        return lambda s: users_admin.edit_user(s, company, u.email, changes, expected_version=u.version)

    def _record_of(self, session) -> UserRecord:  # runs on the worker
        try:
            return users_admin.user_show(session, self._company, self._record.email, self._today,
                                         self._language).record
        except ProrataError:  # its e-mail, the form's key, changed meanwhile: the same user by its id
            found = [u for u in users_admin.list_users(session, self._company) if u.id == self._record.id]
            if not found:
                raise
            return found[0]

    def _saved(self, record: UserRecord):
        words = (self.tr("User %1 added.") if self._record is None else self.tr("User %1 saved.")).replace(
            "%1", record.email)
        return NodeRef(NodeKind.USER, record.id), self._company_ref, words
