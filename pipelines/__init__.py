"""JRIS pipelines: raw documents -> extracted tables and facts -> curated tables -> warehouse -> release."""

import os

# No telemetry or analytics from any part of the stack, whichever entry point imports us first.
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
