"""The per-document store: each document's extracted rows kept under a stamp of what made them,
so a refresh re-reads only what changed, and the plan that says what did."""
