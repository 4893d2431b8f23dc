"""zh-learn: turn real Chinese text into vocabulary, quizzes, Anki decks and handouts.

Importing this package is cheap; the dictionaries load on first use.
"""

from zh_learn.errors import ZhLearnError

__version__ = "0.1.0"
__all__ = ["ZhLearnError", "__version__"]
