"""pandera's optional integrations that a `jris` process never uses, marked absent at its start.

pandera imports hypothesis (to synthesize data) whenever it is installed, and the test
environment installs it; and it tries `import geopandas` at every column's dtype check, a
failed search of sys.path each time (about 400 in one refresh). A `jris` process validates
rows: it synthesizes no data and holds no geometry. A module that `sys.modules` maps to None is
one Python reports absent at once, so pandera takes its path without them: about 0.15 s less
of a one-document refresh.
"""

from __future__ import annotations

import sys

UNUSED = ("hypothesis", "geopandas")


def mark_unused_absent() -> None:
    """Call before pandera is imported; a module already imported stays as it is."""
    for name in UNUSED:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]
