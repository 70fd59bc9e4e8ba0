"""Names and what they name. A name its sentence says is a thing is no person and no
firm: "rival medicine Tarceva", "Sativex, a cannabis-based drug", "the database Ingres";
nor is a name used as a common noun, for one car or machine of a make ("a Vauxhall Astra").
The small recogniser often takes a product's name for a person's; the common noun set
beside the name in apposition, or before it as its compound, says what it names, and
WordNet says whether that noun can denote a person or a group at all. A name a naming
verb gives ("called Halcor", "known as Halcor") is what something is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import may_name_a_party, names_a_business, names_a_person
from retrieval.reading.kinds import NAMING_VERBS
from retrieval.reading.unlabelled import company_form

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def names_no_party(span: Span) -> bool:
    """The name names a thing, neither a firm nor a person: by the class noun beside it
    ("rival medicine Tarceva") or as one article of a make ("a Vauxhall Astra")."""
    return named_a_thing(span) or an_article_of_a_make(span)


def named_a_thing(span: Span) -> bool:
    """The name's class noun ("medicine" of "rival medicine Tarceva") denotes a thing. A
    name the recogniser took for a firm's is left to it: a business is often named by what
    it does ("public relations consultancy Shandwick")."""
    if span.label_ == "ORG":
        return False
    nouns = _class_nouns(span)
    return bool(nouns) and not any(
        may_name_a_party(n.lemma_) or names_a_business(n.lemma_.lower()) for n in nouns
    )


def an_article_of_a_make(span: Span) -> bool:
    """The name is used as a common noun, for one thing of a make or model, not for a
    firm: a proper name is definite of itself, so one taking an indefinite article ("a
    Vauxhall Astra GSI") denotes an article of that make; so does a name closing one the
    recogniser tagged a product ("Vauxhall Astra" before "GSI": one model's name)."""
    root = span.root
    if company_form(span) or not _ends_its_phrase(span):
        # "a newly formed Corvex Holdings Inc": a firm, whatever its article; "a Barclays
        # Bank managed loan", "a Sberbank account": the article is the noun's after it
        return False
    if any(names_a_business(n.lemma_.lower()) for n in _class_nouns(span)):
        return False  # "security firm Q-Lock": a firm named as such
    # the indefinite article, as the tagger marks it (Definite=Ind: "a", "an")
    if any(c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in root.children):
        return True
    # a product's name before it, not the name's own words ("F" of "F-Secure")
    return any(
        c.dep_ == "compound" and c.ent_type_ == "PRODUCT" and c.i < span.start
        for c in root.children
    )


# What may follow a noun phrase's last word: a preposition, a conjunction, punctuation, a
# finite verb, an adverb ("a Vauxhall Astra GSI with ...", "... GSI.").
_AFTER_A_PHRASE = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "AUX", "ADV", "DET", "PRON"})
_FINITE = frozenset({"VBD", "VBZ"})
_CLOSING = frozenset({")", "]", "'", '"', "-RRB-"})


def _ends_its_phrase(span: Span) -> bool:
    """The name closes its noun phrase, so an article before it is its own: not a name
    modifying a noun after it ("a Sberbank (Savings Bank) account", "a Barclays Bank
    managed loan"), which the parser may take for the head."""
    doc, i = span.doc, span.end
    while i < len(doc) and doc[i].text in _CLOSING:
        i += 1
    if i == len(doc):
        return True
    after = doc[i]
    # a participle modifying the noun after it ("managed loan") is no finite verb
    finite = after.tag_ in _FINITE and after.dep_ != "amod"
    return after.pos_ in _AFTER_A_PHRASE or after.is_punct or finite


def _class_nouns(span: Span) -> list[Token]:
    """Common nouns naming what the span is: the noun it is in apposition to ("medicine,
    Tarceva"), one in apposition to it ("Tarceva, a drug"), its compound ("the drug
    Tarceva")."""
    root = span.root
    found = [c for c in root.children if c.dep_ in ("appos", "compound") and c not in span]
    if root.dep_ == "appos":
        found.append(root.head)
    return [t for t in found if t.tag_ in ("NN", "NNS") and t.is_lower]


# Where a naming verb takes the name: "called Halcor", "named it Halcor", "is called".
_NAMED_SLOTS = frozenset({"oprd", "dobj", "attr"})


def given_as_name(span: Span) -> bool:
    """The span is what something is called: the complement of a naming verb ("called
    Halcor", "named Halcor", "known as Halcor", "under the name Halcor")."""
    head = span.root.head
    before = span.root.dep_ in ("compound", "nmod") and span.root.pos_ == "PROPN"
    if before and head.dep_ in _NAMED_SLOTS and head.ent_type_ != "PERSON":
        # "called the NETCENTER graphic network monitor": the name before the noun named
        # (not a person named to a post: "named president R. Edward Glover")
        head, root = head.head, head
    else:
        root = span.root
    if head.lemma_.lower() in NAMING_VERBS and root.dep_ in _NAMED_SLOTS:
        return True
    if head.lower_ == "as" and head.head.lemma_.lower() in NAMING_VERBS:
        return True
    if head.lower_ == "to" and span.root.dep_ == "pobj" and head.head.lemma_ == "change":
        # "will change its name to Halcor" (not "sell its name to Brantor"): the new name
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in head.head.children)
    return head.lower_ == "name" and span.root.dep_ in ("appos", "compound")


def coined_names(doc: Doc) -> list[Span]:
    """Names a naming verb gives that the recogniser leaves unlabelled, being written as
    common words ("Called gene splicing, the technique ...", "a process called cold
    fusion"): the object predicate of a participle introducing a name, with the nouns
    compounded onto it. A finite or passive naming verb mostly judges or appoints ("called
    the merger a mistake", "was named head of the unit"), and its direct object is what is
    named ("called the meeting"); a post a person is named to is no name either."""
    from spacy.tokens import Span  # noqa: PLC0415 - spaCy is loaded once a doc exists

    found = []
    for token in doc:
        if token.dep_ != "oprd" or not _introduces_a_name(token.head):
            continue
        bare = not any(c.dep_ in _NOT_OF_A_NAME for c in token.children)
        post = names_a_person(token.lemma_.lower())  # "named president"
        if bare and token.pos_ in ("NOUN", "PROPN") and not token.ent_type_ and not post:
            words = [c.i for c in token.lefts if c.dep_ in _NAME_WORDS]
            start = min([token.i, *words])
            found.append(Span(doc, start, token.i + 1, label="PRODUCT"))
    return found


def _introduces_a_name(verb: Token) -> bool:
    """A naming verb as a participle modifying what it names ("a process called ...",
    "Called ..., the approach"), with no subject or passive auxiliary of its own."""
    naming = verb.lemma_.lower() in NAMING_VERBS and verb.tag_ == "VBN"
    clause = verb.dep_ in ("acl", "advcl")
    own = any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children)
    return naming and clause and not own


# A coined name's words before its head: nouns and adjectives compounded onto it.
_NAME_WORDS = frozenset({"compound", "amod"})
# A name takes no article, owner or prepositional phrase ("a mistake", "head of the unit").
_NOT_OF_A_NAME = frozenset({"det", "poss", "prep"})
