"""The network's server: HTTP API v1, its own database, the workflows and the sandbox."""
