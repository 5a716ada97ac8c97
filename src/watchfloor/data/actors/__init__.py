"""Data files; see README.md in this folder."""
