"""What a question asks: its parts, the kind of answer each part wants, the names it is about.

Read from spaCy's parse of the question, not from phrase lists, and assembled here into an
`AskedQuestion` of `Part`s:
- where each part begins and ends, and what is context shared by every part
  (`question_parts`);
- the kind of answer a part wants, the noun and verb it asks about (`asked_kind`);
- the names, the parties an answer must be about, the parties the question joins, and the
  names filling the roles of the asked word (`asked_names`);
- a part that says almost nothing of its own continues the one before ("... and for how
  much?") or the topic set before it (`ellipsis`);
- here: the officer roles and the preposition a part asks about; whether the question
  wants a list is `asks_every`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.nlp.own_verb import mend_own
from retrieval.reading.asked_arguments import guessed_parties
from retrieval.reading.asked_kind import asked_kind
from retrieval.reading.asked_names import only_a_name, question_names
from retrieval.reading.asked_places import place_names
from retrieval.reading.asked_preposition import asked_preposition
from retrieval.reading.asked_rates import asks_per_unit, names_a_rate, split_total_and_rate
from retrieval.reading.asked_roles import part_arguments
from retrieval.reading.asked_together import joint_parties, listed_names, owners_in_turn
from retrieval.reading.asks_every import asks_every
from retrieval.reading.circumstances import circumstantial_names
from retrieval.reading.ellipsis import (
    content_terms,
    continue_ellipses,
    parts_pointed_to,
    refers_back,
    topic_of,
    verbless,
)
from retrieval.reading.interrogatives import is_interrogative
from retrieval.reading.kindred import Kin, kindred_terms
from retrieval.reading.kinds import (
    AMOUNT_ANSWERS,
    NAME_ANSWERS,
    PARTY_ANSWERS,
    Kind,
)
from retrieval.reading.measured_ties import asked_measured
from retrieval.reading.nationality import nationalities
from retrieval.reading.officer_roles import officer_roles
from retrieval.reading.per_party import asks_each
from retrieval.reading.phrasals import phrasal_verb
from retrieval.reading.possessed import owner_given, possessed_nouns
from retrieval.reading.qualifiers import (
    compounded_nouns,
    dated_events,
    narrowing_nouns,
    qualified_nouns,
)
from retrieval.reading.question_parts import (
    PRO_FORMS,
    describing_clauses,
    end_of_context,
    part_spans,
    pro_form,
    statements_end,
)
from retrieval.reading.referents import narrowed_to_referents
from retrieval.reading.role_verbs import acted_on
from retrieval.text import terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Part:
    text: str
    kind: Kind
    focus: str | None  # lemma of the noun asked about ("stake"), if any
    predicate: str | None  # lemma of the verb asked about ("pay"), if any
    terms: tuple[str, ...]  # stems of the part's own content words
    several: bool = False  # "which two organisations", "which companies"
    names: tuple[str, ...] = ()  # the question's names that occur in this part
    # Officer roles asked about ("CFO" or "chief financial officer"): a sentence answers
    # only if it names the same role -- "CEO" shares "chief" and "officer" with "CTO".
    roles: tuple[tuple[str, ...], ...] = ()
    # The preposition the asked word hangs on ("until when", "to what level", "at which
    # plant"): in a sentence, its object is where the answer sits.
    preposition: str | None = None
    # Who does what to whom, as asked, by the word that relates them: ("pay", "subj",
    # "Renta Inmobiliaria") for "is Renta paying", ("stake", "in", "Sohu") for "stake in
    # Sohu". A sentence giving the same relation another party ("Interpart paid", "a stake
    # in Sina") does not answer.
    arguments: tuple[tuple[str, str, str], ...] = ()
    # Nationalities the part asks its answer to have ("which Spanish company").
    nationalities: tuple[str, ...] = ()
    # The part's pronoun may stand for the party the part before asks for ("which company
    # controls X, and what stake did it buy"), whom the question cannot name.
    of_an_answer: bool = False
    # ... and surely does: "that company" is a firm the part before did not name.
    about_the_answer: bool = False
    # ... the index of the part whose answer it is ("which shareholder ..., and who leads
    # the group bidding for that shareholder": not always the part just before).
    answer_of: int | None = None
    # The part asks of one of several parties what the question asks of each of them
    # (distributive.py): its answer comes from an article about that party alone.
    one_party: bool = False
    # Common nouns the part narrows by a name: ("store", "Walgreen") for "in Walgreen
    # stores"; a sentence about "Sears stores" is about another's.
    qualified: tuple[tuple[str, str], ...] = ()
    # Common nouns compounded onto the asked noun: "bank" for "how much bank debt"; a
    # sentence never saying "bank" may give any debt.
    narrowing: tuple[str, ...] = ()
    # Every common noun compounded onto the asked noun: "deposit" in "what deposit premium".
    modifiers: tuple[str, ...] = ()
    # The asked noun's owner is given ("what business of his"): its owner is no answer.
    owner_given: bool = False
    # Stems of words of one sense with each own term, or naming kinds of it (kindred.py):
    # ("plane", {"airlin", "jet", ...}); a typed part's only for the noun it counts.
    kin: Kin = ()
    # The predicate with its particle, when the two are one verb ("hand_over"), whose
    # senses are the asked one's.
    phrasal: str | None = None
    # "whose credit line": the nouns whose owner is asked (possessed.py), head first.
    possessed: tuple[str, ...] = ()
    # What a verb of a role acts on, as asked (role_verbs.acted_on): its object's stem and
    # names ("turbin" of "who builds the turbines"); another verb of the class must act on it.
    acted_on: tuple[str, ...] = ()
    # What the asked amount measures (measured_ties.py), as lemma and as written: ("export",
    # "exports") of "how much did exports fall"; an answer's clause must hold it.
    measured: tuple[tuple[str, str], ...] = ()

    @property
    def verbs(self) -> set[str | None]:
        """The predicate and the words its arguments hang on: "what price did Hoogovens
        pay" asks with "pay", though the money noun is the predicate."""
        return {self.predicate, *(head for head, _, _ in self.arguments)}


@dataclass(frozen=True)
class AskedQuestion:
    text: str
    parts: tuple[Part, ...]
    names: tuple[str, ...]
    parties: tuple[str, ...]  # the names an answering article must mention (no places)
    context_terms: tuple[str, ...]  # stems shared by every part (names, topic before a dash)
    listing: bool
    # Names the question joins ("Ford and Volkswagen ... together"): an answer must come
    # from a sentence (or headline) that names them together.
    joint: tuple[str, ...] = ()
    # Names listed side by side ("which companies bought A, B and C"): in a question that
    # wants every answer, alternatives, each answered in its own article.
    listed: tuple[str, ...] = ()
    # Names of places and nationalities ("the largest US copper producer"): where or whose
    # country, never a party who pays or holds.
    places: tuple[str, ...] = ()
    # Names that only date what is asked ("after the Supreme Court ruling"): never the
    # party who pays or holds either.
    circumstantial: tuple[str, ...] = ()
    # The statements the question opens with ("Laidlaw was negotiating to buy half of
    # Tricil. Who ended up ...?"): the scene, which the first part's text begins with.
    scene: str = ""
    # Names only guessed parties from their slot, the NER having called them places
    # (asked_arguments.py): an answering article must mention them too, unless none of
    # the candidates does (eligibility.known_parties); the reading leaves them be.
    guessed: tuple[str, ...] = ()

    @property
    def terms(self) -> tuple[str, ...]:
        every = [*self.context_terms, *(t for part in self.parts for t in part.terms)]
        return tuple(dict.fromkeys(every))

    @property
    def kinds(self) -> tuple[Kind, ...]:
        return tuple(part.kind for part in self.parts)


def understand(text: str, *, parse: Callable[[str], Doc]) -> AskedQuestion:
    doc = mend_own(parse(text))  # "what share does X own": the verb, often tagged ADJ
    names, parties = question_names(doc)
    parties = owners_in_turn(doc, names, parties)
    guessed = guessed_parties(doc, names, parties)
    places = place_names(doc, names, parties)
    name_terms = {t for name in names for t in terms(name)}
    stated = statements_end(doc)
    if stated:
        parties = _asked_about(parties, doc[stated:].text)
    context_end = end_of_context(doc)
    spans = part_spans(doc, start=context_end)
    described = describing_clauses(doc)
    context = doc[:context_end].text if context_end else ""
    topic = topic_of(doc[:context_end], name_terms, parties)
    scene = frozenset(range(stated))
    own = [
        _part(doc[start:end], name_terms, parties, names, described=described, scene=scene)
        for start, end in spans
    ]
    parts = continue_ellipses(
        own,
        [refers_back(doc[start:end]) for start, end in spans],
        [verbless(doc[start:end]) for start, end in spans],
        topic,
        parts_pointed_to(doc, spans, [part.focus for part in own]),
    )
    # "it" stands for one of the names before it
    parts = split_total_and_rate(narrowed_to_referents(parts, [p.names for p in own], doc, spans))
    description = " ".join(doc[i].text for i in sorted(described))
    context_terms = tuple(
        dict.fromkeys([*name_terms, *content_terms(context), *content_terms(description)])
    )
    listed = listed_names(doc, parties)
    joint = joint_parties(doc, names, listed)
    listing = asks_every(doc, parts, listed, joint)
    # Relations and joint action compare names slot by slot, places included ("Halden").
    timing = circumstantial_names(doc, names)
    return AskedQuestion(
        text,
        parts,
        names,
        parties,
        context_terms,
        listing,
        joint,
        listed,
        places,
        timing,
        doc[:stated].text if stated else "",
        guessed,
    )


def _asked_about(parties: tuple[str, ...], question: str) -> tuple[str, ...]:
    """The parties the question itself names, the scene's others being context ("Who ended
    up acquiring Trimac's stake in Tricil?" after "Laidlaw was negotiating ..."); all of
    them when the question names none ("Who is that shareholder?")."""
    named = tuple(p for p in parties if p in question)
    return named or parties


def _part(
    span: Span,
    name_terms: set[str],
    parties: Sequence[str],
    all_names: Sequence[str],
    *,
    described: frozenset[int] = frozenset(),
    scene: frozenset[int] = frozenset(),
) -> Part:
    anchor = next((t for t in span if is_interrogative(t)), None)
    # the scene's statements do not say what the part asks ("X is issuing shares, and Y
    # booked costs. How many shares is X issuing?": the asked verb is "issue", not "cost"),
    # though their words describe what it asks of and stay its terms
    kind, focus, predicate, several = asked_kind(span, anchor, described | scene)
    if (kind is Kind.THING and names_a_rate(span.text)) or (
        kind is Kind.NAME and asks_per_unit(span.text)
    ):
        # only an amount is given per unit: "what is Corvex putting up per share", "what was
        # the last payout per share" (a noun of no known class, asked "what is")
        kind = Kind.MONEY
    # "how will ownership be split": one amount for each party
    several = several or (kind in AMOUNT_ANSWERS and asks_each(span))
    # a clause describing a name is context, not what the part asks; "which ones" stands
    # for a noun said before it, and has no words of its own
    asked = " ".join(t.text for t in span if t.i not in described and not pro_form(t))
    own = tuple(t for t in content_terms(asked) if t not in name_terms)
    focus = None if focus in PRO_FORMS or only_a_name(span, focus, all_names) else focus
    counted = focus if kind is Kind.COUNT else None
    names = tuple(name for name in parties if name in span.text)
    return Part(
        span.text.strip(" ,;-"),
        kind,
        focus,
        predicate,
        own,
        several,
        names,
        officer_roles(span, kind),
        asked_preposition(anchor, span),
        part_arguments(span, (focus, predicate), all_names),
        # a nationality narrows a name ("which Spanish company"); a number cannot be Spanish
        # ("what stake in Leeds United": "in" is what the stake is in)
        nationalities(span) if kind in NAME_ANSWERS else (),
        qualified=qualified_nouns(span, all_names),
        narrowing=narrowing_nouns(span, focus, all_names)
        or (dated_events(span, focus, all_names) if kind is Kind.DATE else ()),
        modifiers=compounded_nouns(span, focus, all_names),
        owner_given=owner_given(span, focus),
        kin=kindred_terms(
            span,
            own,
            descriptive=kind is Kind.THING,
            counted=counted,
            acted=predicate if kind in PARTY_ANSWERS else None,
        ),
        phrasal=phrasal_verb(span, predicate),
        possessed=possessed_nouns(span),
        acted_on=acted_on(span, predicate, names),
        measured=asked_measured(span, predicate, kind),
    )
