"""The price matrix feature: plans against price layers for a currency and a seller."""
from ui.prices.matrix_widget import PriceMatrixWidget

__all__ = ["PriceMatrixWidget"]
