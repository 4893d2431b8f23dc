"""Single characters: readings, parts, origin (Make Me a Hanzi) and stroke order."""
