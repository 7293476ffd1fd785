"""Highlighting: Pygments' SPARQL lexer for statements, a small one for meta-commands."""

from __future__ import annotations


def make_lexer():
    """A prompt_toolkit lexer: SPARQL, or ``.command args`` for a meta-command line."""
    from prompt_toolkit.lexers import Lexer, PygmentsLexer
    from pygments.lexers.rdf import SparqlLexer

    sparql = PygmentsLexer(SparqlLexer)

    class ShellLexer(Lexer):
        def lex_document(self, document):
            text = document.text
            if not text.lstrip().startswith("."):
                return sparql.lex_document(document)
            lines = document.lines

            def line(i: int):
                if i >= len(lines):
                    return []
                s = lines[i]
                if i == 0:
                    lead = len(s) - len(s.lstrip())
                    name_end = lead + len(s.lstrip().split(" ", 1)[0])
                    return [("", s[:lead]), ("class:pygments.keyword", s[lead:name_end]),
                            ("class:pygments.literal.string", s[name_end:])]
                return [("class:pygments.literal.string", s)]

            return line

    return ShellLexer()
