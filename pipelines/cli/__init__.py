"""The `jris` command line: what a user types. Each command hands its work to the layers or to
the orchestration and prints what came of it; nothing below imports from here."""
