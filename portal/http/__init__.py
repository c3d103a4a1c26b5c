"""The HTTP room: the API routes, the middleware at the edge, error answers, the read pools."""
