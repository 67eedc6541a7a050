"""Curated layer: typed tables researchers can join and chart, and the reference tables."""
