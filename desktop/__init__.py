"""Supplier Desk: the supplier's desktop application."""
