"""The network API's wire format (v1), defined once and validated on both sides.

The portal answers with these models and the desktop parses every answer with
them, so a malformed answer is refused at the edge, never half-stored.
"""
