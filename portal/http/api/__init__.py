"""HTTP API v1 routers."""
