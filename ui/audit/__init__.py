"""The audit log screen: who changed what and when."""
from ui.audit.log_dialog import AuditLogDialog

__all__ = ["AuditLogDialog"]
