"""Terminal quizzes: question generation, answer checking and the interactive session."""
