"""Nationality adjectives and the countries they name.

A question asking for "which Spanish company" is answered by a sentence that says the
company is Spanish -- or, as newswire usually writes it, "Carboex of Spain" or "Spain's
Carboex". Most demonyms are the country's name with an ending ("Japan-ese", "Ital-ian",
"German-y"); the irregular ones are listed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from retrieval.nlp.vocabulary import is_proper_adjective
from retrieval.reading.question_syntax import copula_noun
from retrieval.registry.places import PLACE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NATIONALITY_LABELS = frozenset({"NORP"})
WH_DETERMINERS = frozenset({"which", "what", "whose"})
MODIFIERS = frozenset({"ADJ", "NUM", "ADV"})
NOUN_PHRASE = MODIFIERS | {"NOUN", "PROPN"}
DEMONYM_ENDINGS = ("ese", "ish", "ian", "ean", "an", "ic", "i", "ch", "ss")
# Demonyms that are not their country's name plus an ending.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "american": ("U.S.", "United States", "America"),
    "belgian": ("Belgium",),
    "british": ("Britain", "U.K.", "UK", "United Kingdom", "England", "Scotland", "Wales"),
    "danish": ("Denmark",),
    "dutch": ("Netherlands", "Holland"),
    "finnish": ("Finland",),
    "french": ("France",),
    "greek": ("Greece",),
    "irish": ("Ireland",),
    "philippine": ("Philippines",),
    "norwegian": ("Norway",),
    "polish": ("Poland",),
    "portuguese": ("Portugal",),
    "spanish": ("Spain",),
    "swedish": ("Sweden",),
    "swiss": ("Switzerland",),
    "thai": ("Thailand",),
    "turkish": ("Turkey",),
    "welsh": ("Wales",),
}
# The shortest stem a demonym is recognised by ("Thai"); shorter ones match too much.
MIN_STEM = 4
_COUNTRY_WORDS = frozenset(w for w in PLACE_WORDS if len(w) >= MIN_STEM)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
# Reuters writes a company's stock symbol after its name with the exchange it is listed on
# at home ("Sumitomo Corp <SUMT.T>": Tokyo), which says the company's nationality. U.S.
# exchanges are left out: foreign companies list their shares there too; so are the
# letters two exchanges share (".S" is Sydney's and Singapore's, ".M" Milan's and Montreal's).
EXCHANGE_NATIONALITIES: dict[str, tuple[str, ...]] = {
    "T": ("japanese",),  # Tokyo
    "L": ("british",),  # London
    "F": ("german",),  # Frankfurt
    "D": ("german",),  # Duesseldorf
    "PA": ("french",),
    "P": ("french",),  # Paris
    "AS": ("dutch",),  # Amsterdam
    "Z": ("swiss",),  # Zurich
    "MI": ("italian",),  # Milan
    "TO": ("canadian",),  # Toronto
    "MO": ("canadian",),  # Montreal
    "V": ("canadian",),  # Vancouver
    "ST": ("swedish",),  # Stockholm
    "HE": ("finnish",),  # Helsinki
    "OL": ("norwegian",),  # Oslo
    "CO": ("danish",),  # Copenhagen
    "BR": ("belgian",),  # Brussels
    "VI": ("austrian",),  # Vienna
    "MA": ("spanish",),  # Madrid
    "SE": ("korean", "south korean"),  # Seoul
    "J": ("south african",),  # Johannesburg
    "ME": ("australian",),  # Melbourne
    "SI": ("singaporean",),
    "WE": ("new zealand",),  # Wellington
    "BO": ("indian",),  # Bombay
}
_SYMBOL = r">?\s*<[A-Z0-9]{1,8}\.([A-Z]{1,2})>"


def is_nationality(entity: Span) -> bool:
    """ "Japanese", "Spanish", "Italian": a people's adjective. The tagger also calls
    unknown company names NORP ("the Corvex venture"), so only a people's words count."""
    if entity.label_ not in NATIONALITY_LABELS:
        return False
    # Tagged adjective or noun, "Tiscali", "Celanese" and "Edelman" end like demonyms but
    # are firms and people, and "Orange" is a colour and a firm: a people's word is a proper
    # adjective of the language ("Israeli", "Cornish") or made from a place's name
    # ("Canadians", "Swedes").
    word = entity[-1].lower_.split("-")[-1]  # "Sino-Chilean"
    return is_proper_adjective(word) or demonym_of_a_place(word)


def a_peoples_adjective(word: str) -> bool:
    """ "Malaysian", "Sino-Chilean", "Canadians": a people's word of the language, not a
    place's name ("Manitoba")."""
    last = word.lower().split("-")[-1]
    return is_proper_adjective(last) or is_proper_adjective(last.removesuffix("s"))


def demonym_of_a_place(word: str) -> bool:
    """ "Israeli" (Israel), "Lebanese" (Lebanon), "Swedes" (Sweden), "Canadians" (Canada):
    a place's name, or its start with a demonym's ending. A word merely opening with a
    place's name is none ("Southam", "Westinghouse")."""
    for form in {word, word.removesuffix("s")}:
        stems = [form] + [form[: -len(end)] for end in DEMONYM_ENDINGS if form.endswith(end)]
        if any(
            len(stem) >= MIN_STEM and place.startswith(stem)
            for stem in stems
            for place in _COUNTRY_WORDS
        ):
            return True
    return False


def nationalities(span: Span) -> tuple[str, ...]:
    """The nationalities asked of the answer, lower-cased: adjectives of the noun a
    wh-word determines ("which Spanish company"), not of a noun the question names ("its
    stake in the Spanish firm"); and the country that noun is placed in ("which plant in
    Australia"), which a text states the same ways."""
    demonyms = [
        e.text.lower()
        for e in span.ents
        if is_nationality(e)
        and (_asked(e) or (e.root.dep_ == "amod" and _equated(e.root.head, span)))
    ]
    # "which GM plant in Australia": the country the asked noun is placed in, likewise
    places = [
        e.text.lower().removeprefix("the ")
        for e in span.ents
        if e.label_ == "GPE" and (_placed(e) or _placing(e.root, span))
    ]
    return tuple(dict.fromkeys([*demonyms, *places]))


def _equated(noun: Token, span: Span) -> bool:
    """ "Who is the Japanese partner", "what is the name of the London-based company": a
    copula equates its wh-word with the noun phrase beside it, which so describes the
    answer (its own noun, or the thing "the name of" names). Which noun that is, is the
    question's copula noun (question_syntax.copula_noun: not a progressive's subject)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ == "name":
        noun = noun.head.head
    verb = noun.head
    # a relative clause's "that"/"which" is no wh-word asking ("the firm that is the
    # Japanese partner" says which firm; the answer is asked elsewhere)
    if noun.dep_ not in _EQUATED or verb.lemma_ != "be" or verb.dep_ == "relcl":
        return False
    return any(
        c.dep_ in _EQUATED
        and c.tag_ in ("WP", "WDT")
        and not _governed(c)
        and copula_noun(span, c) == noun
        for c in verb.children
    )


def _governed(word: Token) -> bool:
    """ "From whom is the group buying": a preposition's object equates nothing (the parse
    may still hang it on "is" as a subject)."""
    return word.i > 0 and word.doc[word.i - 1].pos_ == "ADP"


# The two sides of an equative copula ("who is the partner", "the partner is who").
_EQUATED = frozenset({"nsubj", "attr"})


def _placing(place: Token, span: Span) -> bool:
    """A place naming where the answer is: the noun a copula equates with the wh-word
    ("who is the Hong Kong investor") or "-based" on it ("the London-based company")."""
    if place.dep_ == "compound":
        return _equated(place.head, span)
    based = place.head
    return place.dep_ == "npadvmod" and based.lower_ == "based" and _equated(based.head, span)


def _placed(entity: Span) -> bool:
    """The place is the object of an "in" right after the noun a wh-word determines ("which
    GM plant in Australia"), not of a later clause ("which firm is equipping the factory in
    Peking")."""
    doc = entity.doc
    index = entity.start - 1
    if index < 1 or doc[index].lower_ != "in":
        return False
    index -= 1
    while index >= 0 and doc[index].pos_ in NOUN_PHRASE:
        index -= 1
    return index >= 0 and doc[index].lower_ in WH_DETERMINERS


def _asked(entity: Span) -> bool:
    # By position, not by the parse, which often hangs "which" on the verb.
    index = entity.start - 1
    while index >= 0 and entity.doc[index].pos_ in MODIFIERS:
        index -= 1  # "which two Japanese companies", "what other French group"
    return index >= 0 and entity.doc[index].lower_ in WH_DETERMINERS


def states_nationality(demonym: str, text: str) -> bool:
    """Whether a text says the nationality: the adjective itself or its country's name."""
    if re.search(rf"\b{re.escape(demonym)}\b", text, re.IGNORECASE):
        return True
    countries = IRREGULAR.get(demonym)
    if countries is not None:
        return any(country in text for country in countries)
    if " " in demonym:
        return False  # a place of several words ("South Korea") is stated only as written
    # "Japan" / "Japanese", "China" / "Chinese", "Germany" / "German"
    return any(demonym.startswith(word.lower()[:-1]) for word in _CAPITALISED.findall(text))


def listed_as(demonym: str, name: str, text: str) -> bool:
    """The stock symbol right after the company's name is on an exchange of that nation."""
    pattern = re.escape(name) + _SYMBOL
    return any(
        demonym in EXCHANGE_NATIONALITIES.get(match.group(1), ())
        for match in re.finditer(pattern, text)
    )
