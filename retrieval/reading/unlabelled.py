"""Proper names the small NER model misses, mislabels or splits, found by their shape and
place: runs of proper nouns it left unlabelled ("Sydus"), a name in apposition to the asked
noun ("technology firm Sydus", "VW's Hanover plant"), a name ending in a legal form that it
took for a person ("Dorval Labs SA"), a name it split ("American" of "American Cyanamid").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.names import COMPANY_FORMS, HONORIFICS
from retrieval.nlp.noun_classes import names_a_group, names_a_person
from retrieval.nlp.vocabulary import is_common_word
from retrieval.nlp.wordnet import kinds_above, names_a_saying
from retrieval.reading.anchors import FOCUS_WEIGHT
from retrieval.reading.noun_kinds import inner_hyphen
from retrieval.registry.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A place named next to an organisation noun ("UK firm Phytopharm") is not its name.
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})


def named_by_focus(
    doc: Doc, anchors: list[tuple[Token, float]], *, places: bool, terms: bool = False
) -> list[Span]:
    """Whatever name stands in apposition to the asked noun ("technology firm Sydus", "VW's
    Hanover plant"), whatever label the NER gave it: the question's noun says what it is.
    `terms`: a thing is asked, which a lower-case term may name (`_classified`)."""
    in_place = {i for e in doc.ents if e.label_ in PLACE_LABELS for i in range(e.start, e.end)}
    spans = []
    for token, weight in anchors:
        if weight < FOCUS_WEIGHT or token.pos_ != "NOUN":
            continue
        linked = [c for c in token.children if c.dep_ in ("appos", "compound")]
        if token.dep_ in ("appos", "compound"):
            linked.append(token.head)
        if places:
            linked += _of_identity(token)
        designation = _designation(token, in_place)
        if designation is not None:
            spans.append(designation)
        for other in linked:
            if other.pos_ == "PROPN" and (places or other.i not in in_place):
                left = min(t.i for t in other.subtree if t.pos_ == "PROPN" or t.i == other.i)
                # a name after the noun starts after it ("X Corp's unit Pratt"): the
                # owner before the noun is another name
                left = max(left, token.i + 1) if other.i > token.i else left
                spans.append(doc[hyphened_start(doc, left) : other.i + 1])
            elif terms and _classified(other, token):
                left = min(t.i for t in other.subtree if t.dep_ == "compound" or t.i == other.i)
                spans.append(doc[left : other.i + 1])
    return spans


def firms_in_the_role(doc: Doc, anchors: list[tuple[Token, float]]) -> list[Span]:
    """A firm the asked role's noun is written beside ("lead manager Nomura International
    Ltd", "its adviser, Morgan Stanley") holds the role, though the noun asks a person: a
    firm manages an issue or advises a bidder as a person does."""
    asked = {t.i for t, weight in anchors if weight >= FOCUS_WEIGHT and t.pos_ == "NOUN"}
    return [
        e
        for e in doc.ents
        if e.label_ == "ORG"
        and (
            any(c.i in asked and c.dep_ in _BESIDE for c in e.root.children)
            or (e.root.dep_ == "appos" and e.root.head.i in asked)
        )
    ]


# How a noun is written beside a name it describes: compounded or in apposition.
_BESIDE = frozenset({"compound", "appos"})


# Tokens of a model's designation before the noun it names ("its RB 211-524 D4D engine",
# "the CFM56-5-S3 engine"): names, numbers, codes of letters and digits, and the hyphens
# or slashes joining them.
DESIGNATION_TAGS = frozenset({"PROPN", "NUM"})
JOINERS = frozenset({"-", "/"})


def _designation(noun: Token, in_place: set[int]) -> Span | None:
    """The model's designation written right before the asked noun, which the parser hangs
    on it piece by piece ("RB", "211", "524" and "D4D" of "engine"): every name, number
    and code modifying it there, if one holds a figure (a bare name is found as a name)."""
    doc, below = noun.doc, {t.i for t in noun.subtree}
    left = noun.i
    while left > 0 and (left - 1) in below and (left - 1) not in in_place:
        before = doc[left - 1]
        joined = before.text in JOINERS and left > 1 and _a_code(doc[left - 2])
        if not (_a_code(before) or joined):
            break
        left -= 1
    while left < noun.i and (doc[left].like_num or doc[left].text in JOINERS):
        left += 1  # a count before the designation ("12 MD-11 jets")
    run = doc[left : noun.i]
    if not run or not any(any(c.isdigit() for c in t.text) for t in run):
        return None
    return run


def _a_code(token: Token) -> bool:
    text = token.text
    coded = any(c.isdigit() for c in text) and any(c.isalpha() for c in text)
    return token.pos_ in DESIGNATION_TAGS or coded


def _of_identity(noun: Token) -> list[Token]:
    """ "the province of Leyte", "the city of Toronto": the "of" of a region's noun with
    "the" names the region itself (a place asked only). Not a noun whose main sense is no
    location: "the plant of Toyota" names the plant's owner."""
    if "location" not in kinds_above(noun.lemma_.lower()):
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    named = prep_objects(noun, "of")
    return [o for o in named if o.pos_ == "PROPN" and not _a_firm_or_person(o)]


def _a_firm_or_person(name: Token) -> bool:
    """ "the port of Halden Shipping Co", "the home city of chairman John Brandt": a person,
    or a firm -- a name of several words the NER took for one, or ending in a legal form
    (a one-word place it took for a firm, "Leyte", stays)."""
    words = [t for t in name.subtree if t.pos_ == "PROPN" or t.i == name.i]
    # a person by a title or role before the name: the NER takes places for persons too
    titled = any(t.pos_ == "NOUN" for t in name.subtree)
    if (name.ent_type_ == "PERSON" and titled) or any(
        t.lower_.rstrip(".") in COMPANY_FORMS for t in words
    ):
        return True
    return name.ent_type_ == "ORG" and len(words) > 1


def _classified(term: Token, noun: Token) -> bool:
    """ "chlorazepate dipotassium, an anti-anxiety drug": a bare term (no article, no
    owner) the asked noun classifies in apposition is one of its kind, named though it
    is written in lower case."""
    if noun.dep_ != "appos" or noun.head.i != term.i or term.tag_ != "NN":
        return False  # "lawyers, a firm in New York": a plural is a description
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return indefinite and not any(c.dep_ in ("det", "poss") for c in term.children)


def company_form(entity: Span) -> bool:
    """A name ending in a company's legal form ("Dorval Labs SA", "Kanto Yakuhin KK"),
    which the small NER model often takes for a person; a form may be written with dots
    ("S.A.", "N.V.")."""
    return len(entity) > 1 and entity[-1].lower_.replace(".", "") in COMPANY_FORMS


def unlabelled_names(doc: Doc) -> list[Span]:
    """Proper-noun runs the NER left without a label (small firms: "Sydus"); not a lone
    capitalised plural of a word of the language, which names things of a kind
    (`a_plural_word`)."""
    labelled = {i for entity in doc.ents for i in range(entity.start, entity.end)}
    titles = _titles(doc, labelled)
    runs: list[Span] = []
    start = None
    for token in [*doc, None]:
        inside = (
            token is not None
            and (token.pos_ == "PROPN" or _joining_hyphen(token))
            and token.i not in labelled
            and token.lower_.rstrip(".") not in HONORIFICS
            and token.i not in titles
        )
        if inside and start is None and token is not None:
            start = token.i
        elif not inside and start is not None:
            end = token.i if token is not None else len(doc)
            run = doc[start:end]
            if not _listed_with_common_nouns(run) and not a_plural_word(run):
                runs.append(run)
            start = None
    return runs


def no_place(name: Span) -> bool:
    """An unlabelled name that cannot be a place: a code ("MP-286" names a model) or a
    speaker's name."""
    coded = any(char.isdigit() for char in name.text)
    return coded or an_agent(name)


def an_agent(name: Span) -> bool:
    """A name that speaks ("Silvano Ghirardi ... said") or that a noun of people classes in
    apposition ("Silvano Ghirardi, head of marketing") names a person or a body, not a
    place: a place speaks only as its government, which the NER labels by name."""
    root = name.root
    speaks = root.dep_ == "nsubj" and names_a_saying(root.head.lemma_.lower())
    classes = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        classes.append(root.head)
    people = any(c.pos_ == "NOUN" and _of_people(c.lemma_.lower()) for c in classes)
    return speaks or people


def a_plural_word(name: Span) -> bool:
    """A lone plural of a word of the language ("Petranol's existing U.S. Assets"), capitalised
    by newswire style: it names things of a kind, not one place."""
    return len(name) == 1 and name[0].tag_ == "NNPS" and is_common_word(name[0].lower_)


def _of_people(noun: str) -> bool:
    return names_a_person(noun) or names_a_group(noun)


def _titles(doc: Doc, labelled: set[int]) -> set[int]:
    """ "Chairman Hugh Hefner", "Executive Vice President Anthony Busch": the words of
    office right before a person's name are a title, as "Mr" is, and name nothing (a firm's
    name before them stays one: "Sydus Chairman Lena Toft")."""
    found: set[int] = set()
    for person in (e for e in doc.ents if e.label_ == "PERSON"):
        index = person.start - 1
        while index >= 0 and index not in labelled and _a_word_of_office(doc[index]):
            index -= 1
        chain = range(index + 1, person.start)
        if chain and names_a_person(doc[person.start - 1].lemma_.lower()):
            found.update(chain)
    return found


# Words that qualify an office in a title ("Vice President", "Chief Operating Officer").
OFFICE_QUALIFIERS = frozenset({"vice", "managing", "financial", "operating", "acting"})


def _a_word_of_office(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.is_title and (lemma in OFFICE_QUALIFIERS or names_a_person(lemma))


def _listed_with_common_nouns(run: Span) -> bool:
    """ "viruses associated with AIDS, hepatitis and herpes": the items of a list are of
    one kind, so a capitalised word listed only with bare lower-case nouns (no article,
    no modifier: names of kinds) is one of them, not a firm's name ("Intertrust as well
    as an earlier DRM system" lists a firm beside a description)."""
    others = [t for t in run.root.conjuncts if not (run.start <= t.i < run.end)]
    return bool(others) and all(_bare_common_noun(t) for t in others)


def _bare_common_noun(token: Token) -> bool:
    modified = any(c.dep_ not in ("cc", "punct", "conj") for c in token.children)
    return token.pos_ == "NOUN" and token.text.islower() and not modified


def _joining_hyphen(token: Token) -> bool:
    """A hyphen inside one written word of proper nouns ("C-I-L Inc", "Agip-Carbone")."""
    doc = token.doc
    return (
        inner_hyphen(token)
        and doc[token.i - 1].pos_ == "PROPN"
        and doc[token.i + 1].pos_ == "PROPN"
    )


def name_run(span: Span) -> Span:
    """The proper nouns written on either side of a name, which the NER may have split
    off ("American" of "American Cyanamid", tagged a nationality): one name with it."""
    doc, start, end = span.doc, span.start, span.end
    # a nationality opens a firm's name whatever the next word was tagged; beside any other
    # entity, another entity is another name ("Halden Corp Chairman John Smith")
    adjective = span.label_ == "NORP"
    while start > 0 and _of_the_name(doc[start - 1], any_entity=adjective):
        start -= 1
    while end < len(doc) and _of_the_name(doc[end], any_entity=adjective):
        end += 1
    return doc[start:end]


def hyphened_start(doc: Doc, left: int) -> int:
    """Where a name starts that capitalised words joined by hyphens open ("Wind-Up
    Records"): written as one word, they are one word of the name, whatever the tagger made
    of the pieces (a noun and a particle)."""
    while (
        left >= 3
        and inner_hyphen(doc[left - 2])
        and doc[left - 1].text[:1].isupper()
        and doc[left - 3].text[:1].isupper()
    ):
        left -= 3
    return left


def _of_the_name(token: Token, *, any_entity: bool) -> bool:
    return token.pos_ == "PROPN" and (any_entity or token.ent_iob_ == "O")
