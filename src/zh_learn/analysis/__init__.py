"""The analysis: text in, Document (sentences, tokens) and Vocabulary (annotated items) out.

Nothing here imports a renderer, study code or click.
"""

from zh_learn import regexcache

# before the analysis modules compile their patterns (``zh_learn.regexcache``)
regexcache.preload()
