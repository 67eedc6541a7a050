"""Reading a number as written, in either language: its digits and scale words, its unit and
currency, the forms that are not facts, and the places around it."""
