"""What the service, plan, extra-item and retire forms share, on top of the tenant forms' dialog.

The tenant forms' ``TenantDialog`` already reads on the worker, puts each problem under its field and
handles a save that lost to someone else's. The catalogue's services say the latter with
``changed_meanwhile_by`` (who did what meanwhile) where the tenant services say ``row_changed_meanwhile``;
both lead to the same question: here is their change, read the form again? A catalogue record's texts
are per language and its amounts per currency, so the "their change" lines are worded for those.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.errors import Problem, ProrataError
from app.money import to_text
from app.values.typed import edit_text
from ui.formatting import fmt_date, ui_language
from ui.tenants.forms.base import CONFLICTS as TENANT_CONFLICTS
from ui.tenants.forms.base import TenantDialog

CONFLICTS = TENANT_CONFLICTS + ("changed_meanwhile_by",)


class CatalogueDialog(TenantDialog):
    """A form for one catalogue record: new (``key`` None) or an edit of the record ``key`` names.

    ``sig_saved`` carries (the record's code, None, a sentence for the status bar).
    """

    def _compared(self) -> list[tuple[str, str]]:
        """(attribute of the record, label) compared after a conflict, in the form's order."""
        return []

    def _save_failed(self, error) -> None:
        if not self._alive():
            return
        if error.problems and error.problems[0].id in CONFLICTS and error.problems[0].id not in TENANT_CONFLICTS:
            self._busy(False)
            self._conflict(error)
            self.sig_failed.emit()
            return
        super()._save_failed(error)

    def show_problems(self, error) -> None:
        """As the tenant forms do; "no text at all" is said as "required" under the text's first field."""
        problems = []
        for p in error.problems:
            if p.id == "bad_type" and p.where == "name":  # nothing typed in any language
                p = Problem("missing", {"field": self.tr("A name in at least one language")}, p.where)
            problems.append(p)
        super().show_problems(ProrataError(problems))

    def _differences(self, before, after) -> list[str]:
        """"Name: en: Exchange → en: Exchange Pro" for each compared attribute that differs."""
        out = []
        for attr, label in self._compared():
            old, new = getattr(before, attr, None), getattr(after, attr, None)
            if old != new:
                out.append(f"{label}: {self._words(old)} → {self._words(new)}")
        return out

    def _words(self, value) -> str:
        if value is None or value == "" or value == {}:
            return "—"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, dict):
            parts = []
            for key, v in value.items():
                if isinstance(v, Decimal):
                    parts.append(f"{key} {edit_text(Decimal(to_text(v, key)), ui_language())}")
                else:
                    parts.append(f"{key}: {v}")
            return "; ".join(parts)
        if isinstance(value, date):
            return fmt_date(value)
        return super()._words(value)
