"""Renderers: a Vocabulary (and its Document) turned into Anki decks, word lists, profiles,
handouts, worksheets, exercise sheets and terminal tables."""
