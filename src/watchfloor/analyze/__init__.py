"""Analysis over the store: situation reports (and, later, escalation and alerts)."""
