"""Pinyin: the one reader every output uses (``reader``), its compiled tables, the g2pM
polyphone model, context rules, syllable formats and the learner's own fixes.

This file imports nothing, so ``pinyin.syllables`` stays light for every stage.
"""
