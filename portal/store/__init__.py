"""The store: the database, its tables (models), their migrations and how rows become wire models."""
