"""Raw layer: the documents in raw/, their registry metadata and their normalised text."""
