"""Facts from English prose: what a number in a sentence measures, of whom, when and where, and
the years that date events."""
