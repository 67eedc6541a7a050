"""Generic extraction: blocks, tables and cells from any document, with exact char spans."""
