"""Demo data: a realistic hoster with resellers, a catalogue, prices and a year of history.

``generate(engine, companies)`` fills an empty database; the CLI's
``prorata demo`` and the GUI's first start call it.
"""
from app.demo.generator import DemoCancelled, DemoSummary, generate

__all__ = ["DemoCancelled", "DemoSummary", "generate"]
