"""What the window offers to the person logged in: a reseller's staff their subtree, a reviewer nothing to change.

The database already refuses what a login may not do (app/storage/row_security.py); the window only stops
offering it, so that a reseller's clerk never meets a button that can only fail. Decided once, when the window
opens, from ``app.services.staff.current`` (None: SQLite, or a login that is no staff: everything is offered).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView

from app.services.staff import StaffMember

READ_ONLY_ROLES = {"reviewer"}


def role_words(role: str) -> str:
    """The role in the window's language."""
    return {
        "hoster-admin": QCoreApplication.translate("LoginScope", "hoster admin"),
        "hoster-clerk": QCoreApplication.translate("LoginScope", "hoster clerk"),
        "reseller-admin": QCoreApplication.translate("LoginScope", "reseller admin"),
        "reseller-clerk": QCoreApplication.translate("LoginScope", "reseller clerk"),
        "reviewer": QCoreApplication.translate("LoginScope", "reviewer, read only"),
    }.get(role, role)


def describe(member: StaffMember) -> str:
    """“anna (reseller clerk of acme)” for the title and the status bar."""
    if member.reseller:
        words = QCoreApplication.translate("LoginScope", "%1 (%2 of %3)", "login (role of reseller)")
        return words.replace("%1", member.login).replace("%2", role_words(member.role)) \
            .replace("%3", member.reseller)
    words = QCoreApplication.translate("LoginScope", "%1 (%2)", "login (role)")
    return words.replace("%1", member.login).replace("%2", role_words(member.role))


def is_read_only(member: StaffMember | None) -> bool:
    return member is not None and member.role in READ_ONLY_ROLES


def is_reseller_staff(member: StaffMember | None) -> bool:
    return member is not None and member.reseller is not None


def _withhold(*actions_or_widgets) -> None:
    """Not offered at all: hidden and disabled (a feature that enables it again still leaves it hidden)."""
    for a in actions_or_widgets:
        a.setEnabled(False)
        a.setVisible(False)


def apply(window, member: StaffMember | None) -> None:
    """Withhold from ``window`` (ui/app_shell.py MainWindow) what ``member`` may not do. Runs in the GUI thread."""
    if member is None:
        return
    reseller = is_reseller_staff(member)
    read_only = is_read_only(member)
    tenants = window.browser.actions
    catalogue = window.catalogue
    catalogue_actions = [catalogue.new_plan, catalogue.edit_plan, catalogue.retire_plan, catalogue.unretire_plan,
                         catalogue.new_service, catalogue.edit_service, catalogue.new_extra, catalogue.edit_extra,
                         catalogue.retire_extra, catalogue.unretire_extra]
    if reseller:
        window.browser.show_subtree = True  # its reseller is the tree's root (ui/tenants/browser.py)
        tenants.withhold(tenants.new_reseller)
        _withhold(window.settings_action, *catalogue_actions)  # the hoster's settings; its catalogue
        window.prices.model.locked_layers = {"wholesale", "cost"}  # set by the hoster, for every reseller
    if read_only:
        tenants.withhold(*tenants.all, tenants.move)
        _withhold(window.run_billing_action, window.settings_action, *catalogue_actions,
                  window.invoices.new_button)
        window.prices.model.locked_layers = {"wholesale", "cost", "retail"}
        for view in window.findChildren(QAbstractItemView):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        invoice = window.invoices.view
        panel = window.payments.panel
        _withhold(invoice.issue_button, invoice.edit_button, invoice.delete_button, invoice.modify_button,
                  invoice.credit_button, panel.record_button, panel.refund_button, panel.reverse_button,
                  panel.credit_button)
