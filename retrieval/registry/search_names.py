"""The full names of the companies a question calls by a short form, for the search.

A question may call a company by a short form its articles rarely use ("Arco" for Atlantic
Richfield Co, "AMC" for American Motors Corp): the articles that hold the answer then
share none of the question's words for it, and neither the lexical nor the dense ranking
finds them. The registry knows which company each of its names stands for (its parties'
aliases, retrieval.registry.identity); when a question's name is a short form of one of
that company's names (an initialism or a clipping: names.abbreviates), the search is given
the company's name as well. A word the registry merely ties to a company ("Iranian" for
"Iranian Heavy") spells none of its names, and adds nothing.
"""

from __future__ import annotations

from retrieval.nlp.names import abbreviates, name_key
from retrieval.registry.query import CompanyIndex


def with_full_names(question: str, index: CompanyIndex) -> str:
    """`question`, followed by the registry's name of each company it calls by a short
    form."""
    asked = set(name_key(question).split())
    added = []
    for surface, name in index.named(question):
        if " " in surface or set(name_key(name).split()) <= asked:
            continue
        if any(abbreviates(surface, form) for form in index.forms(name)):
            added.append(name)
    return " ".join([question, *dict.fromkeys(added)])
