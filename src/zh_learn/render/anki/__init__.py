"""The Anki deck: note types, fields, media (audio, stroke diagrams) and the .apkg writer."""
