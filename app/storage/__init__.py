"""Storage: engines, sessions, column types and migrations."""
