"""The analysis: text in, Document (sentences, tokens) and Vocabulary (annotated items) out.

Nothing here imports a renderer, study code or click.
"""
