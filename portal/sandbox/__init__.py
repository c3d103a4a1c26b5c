"""The sandbox network: its demo data (demo, buyers, invoices, profiles), seeding it stage by stage,
and the operator that plays the network (ticket_operator, operator_lease). Uses the rules, never the
reverse."""
