"""Things made together: "A and B are developing a chip", "a standard developed by A and
B", "IBM is developing the system with Microsoft", "A and B have been working on a
processor", "HP is working with Nokia to launch a service". Developing or working is no
deal when one firm does it; two firms developing one thing, or working on it, are
partners in it (a co-development agreement), as two firms forming one company are in a
joint venture (joint_firms). The verb's subjects (a passive's agents) and its "with" are
the partners.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.arguments import logical_objects, logical_subjects
from retrieval.registry.lexicon import Frame
from retrieval.registry.syntax import predicate_lemma, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of making a new product or technique, and of working on one (not of building up
# a business or a site: "develop its own business", "develop a complex" have one
# developer, so no pair).
JOINT_WORK_VERBS = frozenset({"develop", "codevelop", "co-develop", "work"})
# "co_workers": the partners after "with" (`co_workers`, wherever the parse hangs them).
_TOGETHER = Frame("partnership", {"subj": "partner", "co_workers": "partner"}, symmetric=True)
_TOGETHER_WORDS = frozenset({"jointly", "together", "joint", "common", "shared"})
# Subjects that take the verb one by one ("both have developed drugs", "each developed
# its own"): each did it apart.
_DISTRIBUTIVE = frozenset({"both", "each"})


def joint_work_frame(verb: Token) -> Frame | None:
    """The co-development frame when two or more parties develop the thing together: two
    or more subjects (a passive's agents), or one with a "with" partner."""
    if predicate_lemma(verb) not in JOINT_WORK_VERBS:
        return None
    makers = logical_subjects(verb)
    if any(t.lower_ in _DISTRIBUTIVE for m in makers for t in (m, *m.children)):
        return None
    things = _work_done(verb)
    if not things and not _purpose(verb):
        return None  # "is working with Morgan Stanley": with an adviser, on nothing said
    one_thing = bool(things) and all(t.tag_ in {"NN", "NNP"} for t in things)
    together = len(makers) >= 2 and (one_thing or _marked_together(verb))
    return _TOGETHER if together or co_workers(verb) else None


def _work_done(verb: Token) -> list[Token]:
    """What is developed or worked on: the object, or what "on" names ("working on a
    processor"). One thing several firms develop is developed together ("A and B developed
    a chip"); things in the plural may be each one's ("A and B developed drugs")."""
    return logical_objects(verb) or prep_objects(verb, "on")


def _purpose(verb: Token) -> bool:
    """ "working with Nokia to launch a radio service": an infinitive of purpose."""
    return any(
        c.dep_ in {"advcl", "xcomp"} and any(g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


def _marked_together(verb: Token) -> bool:
    """ "jointly", "together", "a common standard", "a joint system", "co-developed"
    (the parse splits the prefix off as a word of its own)."""
    doc = verb.doc
    prefixed = verb.lemma_.lower().startswith("co") or (
        verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "co"
    )
    words = [*verb.children, *(g for c in logical_objects(verb) for g in c.children)]
    return prefixed or any(w.lower_ in _TOGETHER_WORDS for w in words)


def co_workers(verb: Token) -> list[Token]:
    """A named partner after "with" on the verb, on its "jointly" ("developed jointly
    with Microsoft") or on its object, where the parse may hang it ("developing the
    software with Microsoft"); not "with" some means ("developed with funds from ...")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in {"advmod", "dobj"})]
    return [p for h in heads for p in prep_objects(h, "with") if p.pos_ == "PROPN"]
