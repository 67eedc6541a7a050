"""Warehouse layer: every validated table loaded into DuckDB, one schema per layer."""
