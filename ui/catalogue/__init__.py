"""The catalogue editor: services, plans and the extra-item catalogue, added, edited, retired."""
from ui.catalogue.editor import CatalogueEditor

__all__ = ["CatalogueEditor"]
