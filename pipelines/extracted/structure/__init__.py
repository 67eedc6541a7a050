"""A document's structure before its facts: blocks, sentences, citations and the tables of HTML,
Markdown and plain text, with every offset pointing into the text as read."""
