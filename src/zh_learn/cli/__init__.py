"""The command line: ``app`` holds the group; each command module parses options, calls one
library function and prints."""
