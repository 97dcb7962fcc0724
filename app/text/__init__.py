"""Text analysis shared by search and "checked before?": lemmas (uk/ru/en), numbers, the lexicon.

No Qt here: the same machinery serves the desktop window, the CLI and, later, team search.
"""
