"""Data files (dictionaries, gazetteers, code books) with their provenance."""
