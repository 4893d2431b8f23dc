"""Study: terminal quizzes, spaced repetition, the progress store, known words and the
learner profile."""
