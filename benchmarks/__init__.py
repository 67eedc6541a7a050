"""Benchmark scripts; each prints its figures. Run from the repo root with .venv/bin/python -m."""
