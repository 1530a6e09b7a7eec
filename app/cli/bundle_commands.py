"""Placeholder: registers nothing yet."""


def register(sub) -> None:
    pass
