"""The operations floor: the one way a screen reads or writes data off the GUI thread.

After Anki's `aqt.operations`. A screen calls a named function of an area module
(`operations.relationships.load(ctx, parent=self)`), which returns a `QueryOp` (a read, on the
pool) or a `CollectionOp` (a write, on the serial lane). The screen chains `.success()`,
`.failure()` and `.latest_only()`, then `.run()`. Screens never touch `ctx.cache`,
`ctx.client` or `ctx.tasks` themselves; import-linter holds them to it.
"""

from desktop.operations.op import CollectionOp, QueryOp

__all__ = ["CollectionOp", "QueryOp"]
