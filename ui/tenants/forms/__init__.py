"""Forms to sign up and edit resellers, companies and users (one dialog per kind, for new and edit)."""
from ui.tenants.forms.company_dialog import CompanyDialog
from ui.tenants.forms.reseller_dialog import ResellerDialog
from ui.tenants.forms.user_dialog import UserDialog

__all__ = ["CompanyDialog", "ResellerDialog", "UserDialog"]
