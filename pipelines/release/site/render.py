"""`python -m pipelines.release.site.render PARENT_PID`: Vega-Lite specs (a JSON list on stdin)
drawn as SVG (a JSON list on stdout) by vl-convert.

A process of its own: vl-convert embeds V8, which reserves some 64 GiB of address space when it
starts and aborts the whole process (SIGTRAP, no exception) when `ulimit -v` refuses it. Here
that ends this process only, and the publish goes on without the drawings.
"""

from __future__ import annotations

import json
import sys

from pipelines.plumbing.children import die_with_parent


def main() -> None:
    die_with_parent(int(sys.argv[1]))
    import vl_convert

    from pipelines.release.site.charts import VEGA_LITE

    specs = json.load(sys.stdin)
    svgs = [str(vl_convert.vegalite_to_svg(spec, vl_version=VEGA_LITE)) for spec in specs]
    json.dump(svgs, sys.stdout)


if __name__ == "__main__":
    main()
