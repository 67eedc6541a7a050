"""Release layer: immutable, versioned Parquet releases with a manifest and checksums."""
