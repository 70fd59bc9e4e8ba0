"""The kind of answer a noun asks for ("which fund": an organisation, "what load factor": a
percentage), and the asked word's lemma as a question gives it ("tie-ups": "tie-up")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.wordnet import kinds_above
from retrieval.reading.interrogatives import has_a_twin
from retrieval.reading.kinds import DEAL_NOUNS, Kind, asked_noun_kind, focus_kind

if TYPE_CHECKING:
    from spacy.tokens import Token


def kind_of(token: Token | None) -> Kind | None:
    """The kind the asked noun asks for (a gerund the tagger made a verb, "what size of
    holding", by its form: a holding, not "hold"; a plural with a sense of its own, "what
    were its sales", by its form: takings, not acts of selling)."""
    if token is None:
        return None
    acting = _acts(token)
    word = SPELLINGS.get(token.lower_, token.lemma_)
    kind = _coordinated_entry_kind(token) or asked_noun_kind(word, acting=acting)
    kind = kind or _compound_entry_kind(token)
    if kind is None and token.tag_ in ("VBG", "NNS"):
        # by its form, a class's noun or a sum ("earnings", "savings"); not a person's
        # name ("fields")
        return asked_noun_kind(token.lower_, acting=acting, people=False)
    return kind


def _acts(token: Token) -> bool:
    """ "which fund bought": the subject of a verb acts (a copula's is what it is; one with
    a twin is a phrase the parse hung there: "what annual rent will Greenery pay")."""
    return token.dep_ == "nsubj" and token.head.pos_ == "VERB" and not has_a_twin(token)


# The lexicon's class of a quantity that is one number over another.
RATIO = "ratio"


def _compound_entry_kind(token: Token) -> Kind | None:
    """ "what load factors": a noun whose class the lexicon does not tell ("factor") asks
    for a percentage when the compound it ends is listed as a ratio ("load factor",
    "profit margin"), which the wire gives as one. Other compounds stay descriptions: a
    thing ("radio station"), and the lexicon's looser measures ("accounting standard"
    under value, "radio frequency" under rate), which name no amount a question asks."""
    modifiers = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if not modifiers:
        return None
    entry = " ".join([*(m.lower_ for m in modifiers), token.lemma_.lower()])
    return Kind.PERCENT if RATIO in kinds_above(entry) else None


def _coordinated_entry_kind(token: Token) -> Kind | None:
    """ "which savings and loan": nouns coordinated into one word of the lexicon ask for
    its kind, read from what it is a kind of (an institution), not the first noun's."""
    conjunct = next((c for c in token.children if c.dep_ == "conj"), None)
    if conjunct is None or not any(c.lower_ == "and" for c in token.children):
        return None
    above = kinds_above(f"{token.lower_} and {conjunct.lemma_.lower()}")
    return next((kind for kind in map(focus_kind, above) if kind is not None), None)


def lemma(token: Token | None) -> str | None:
    """The word's lemma; for the last piece of a hyphenated noun we know as a whole ("tie-ups"
    is tokenised "tie", "-", "ups"), the whole word's: "tie-up", not "up". One we do not
    know keeps its head's ("joint-ventures" asks about ventures)."""
    if token is None:
        return None
    whole = hyphenated(token)
    if whole is not None and (whole in DEAL_NOUNS or focus_kind(whole) is not None):
        return whole
    return SPELLINGS.get(token.lower_, token.lemma_)


# The newswire's own spellings of asked words: "what pct" asks as "what percent" does.
SPELLINGS = {"pct": "percent"}


def hyphenated(token: Token) -> str | None:
    """The lemma of the hyphenated word a token closes ("tie-up" for "ups"), or None."""
    i = token.i
    if i < 2 or not inner_hyphen(token.doc[i - 1]) or not token.doc[i - 2].is_alpha:
        return None
    return f"{token.doc[i - 2].lower_}-{token.lemma_.lower()}"


def inner_hyphen(token: Token) -> bool:
    """A hyphen written inside one word ("tie-ups", "C-I-L"), not a dash between words."""
    doc, i = token.doc, token.i
    return (
        token.text == "-"
        and 0 < i < len(doc) - 1
        and not (token.whitespace_ or doc[i - 1].whitespace_)
    )
