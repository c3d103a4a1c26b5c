"""Composition root and entry point (`python -m desktop`)."""
