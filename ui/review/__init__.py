"""The review window: a review file's invoices judged offline, without any database (app/review/)."""
from ui.review.window import ReviewWindow, choose_and_open

__all__ = ["ReviewWindow", "choose_and_open"]
