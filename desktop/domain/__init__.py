"""Plain types, states and validation. Imports nothing of ours but `wire`."""
