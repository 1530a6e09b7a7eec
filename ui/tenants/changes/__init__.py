"""Dated changes of a company from its page: the change dialog with its invoice preview, undo, and the
billing schedule (term and billing day)."""
from ui.tenants.changes.company_changes import CompanyChanges

__all__ = ["CompanyChanges"]
