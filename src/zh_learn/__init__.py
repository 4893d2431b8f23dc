"""zh-learn: turn real Chinese text into vocabulary, quizzes, Anki decks and handouts.

Importing this package is cheap; the dictionaries load on first use.
"""

import os

from zh_learn.errors import ZhLearnError

# numpy runs two small networks here (the polyphone model's 32-wide LSTM, the name tagger's
# rows), too small for BLAS to split among threads; the pool OpenBLAS starts when numpy is
# imported only costs a run its start-up (0.1-0.2 s of wall time on 2 busy cores). Set before
# numpy is first imported; a value the user chose is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
__all__ = ["ZhLearnError", "__version__"]
