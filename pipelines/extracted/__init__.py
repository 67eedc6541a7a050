"""Generic extraction: blocks, tables and cells from any document, with exact char spans."""

from pipelines.native import compiled_folder

# The fact extractor compiled with mypyc, when build/native/ holds a build of its current source
# (pipelines/native.py): its folder comes first on this package's path.
_compiled = compiled_folder(__name__)
if _compiled is not None:
    __path__.insert(0, str(_compiled))
