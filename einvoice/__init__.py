"""E-invoice core: the document model, its totals, UBL 2.1 in and out, the official rules.

Qt-free and network-free: the desktop (editor, outbox, import) and the portal (POST
/v1/invoices) both build on it. Amounts are Decimal throughout; no float anywhere.
"""
