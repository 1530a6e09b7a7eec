"""The window as the clerk left it: size and place, splitters, the open tab and the tenant tree's open
nodes, kept in QSettings (``window/...``) when the window closes and applied when it opens.

Nodes are kept by ref ("company:42"), not by row, so a tree that grew since opens the same nodes.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from app.services.tenant_view import NodeKind, NodeRef

PREFIX = "window/"
MOST_NODES = 200  # more open nodes than anyone reads; each costs a read on start


def ref_text(ref: NodeRef) -> str:
    return ref.kind.value if ref.id is None else f"{ref.kind.value}:{ref.id}"


def text_ref(text: str) -> NodeRef | None:
    kind, _, ident = str(text).partition(":")
    try:
        return NodeRef(NodeKind(kind), int(ident) if ident else None)
    except ValueError:
        return None


def save(window, settings: QSettings | None = None) -> None:
    """Keep ``window``'s state (a ui.app_shell.MainWindow)."""
    s = settings or QSettings()
    s.setValue(PREFIX + "geometry", window.saveGeometry())
    s.setValue(PREFIX + "tab", window.tabs.currentIndex())
    for name, splitter in splitters(window).items():
        s.setValue(f"{PREFIX}splitter/{name}", splitter.saveState())
    s.setValue(PREFIX + "expanded", [ref_text(r) for r in window.browser.expanded_refs()][:MOST_NODES])
    s.sync()


def restore(window, settings: QSettings | None = None) -> None:
    """Apply the kept state, if any; what no longer fits (a tab that went, a node deleted) is left as is."""
    s = settings or QSettings()
    geometry = s.value(PREFIX + "geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    refs = s.value(PREFIX + "expanded") or []
    refs = [refs] if isinstance(refs, str) else list(refs)
    window.browser.expand_later([r for r in map(text_ref, refs) if r is not None])
    try:
        tab = int(s.value(PREFIX + "tab", 0))
    except (TypeError, ValueError):
        tab = 0
    if 0 < tab < window.tabs.count():
        window.tabs.setCurrentIndex(tab)


def restore_splitters(window, settings: QSettings | None = None) -> None:
    """Apply the kept splitter positions: once the window is shown (before, a splitter has no size to share)."""
    s = settings or QSettings()
    for name, splitter in splitters(window).items():
        state = s.value(f"{PREFIX}splitter/{name}")
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)


def splitters(window) -> dict:
    """The window's splitters by a stable name."""
    found = {"tenants": window.browser, "invoices": window.invoices.splitter}
    inner = getattr(window.browser.detail, "splitter", None)
    if inner is not None:
        found["tenant_detail"] = inner
    return found
