"""One rule per kind of value (amounts, quantities, tax rates, dates, codes, names, CSV cells).

The window, the CLI, the bundle and CSV imports and the JSON invoice files all
check a value with the function here, so the same value gets the same answer
everywhere. Each module raises ``ProrataError`` with an id and registers its
message templates; none imports Qt. Importing this package imports nothing
else (``app.money`` builds on ``app.values.numbers``).
"""
