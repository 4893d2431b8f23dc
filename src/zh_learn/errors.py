"""The one exception type the library raises for problems a user can fix."""


class ZhLearnError(Exception):
    """Base class: the CLI shows str(error) as a one-line message."""


class InputError(ZhLearnError):
    """The input text cannot be read or holds nothing to study."""


class OutputError(ZhLearnError):
    """An output file cannot be written."""


class StoreError(ZhLearnError):
    """The progress database is missing, corrupt or not ours."""


class ZhLearnWarning(UserWarning):
    """Something the user should know that does not stop the command (a damaged progress
    database read anyway); the CLI prints it as one "Warning: ..." line."""
