"""The verb a question part asks about: its main verb, a word of money anywhere ("worth",
"to invest"), or a phrasal verb of paying said of a price ("what did they lay out for
Halden" asks what was paid).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.vocabulary import participle_base
from retrieval.nlp.wordnet import names_a_saying
from retrieval.reading.kinds import MONEY_VERBS, NAMING_VERBS
from retrieval.reading.phrasals import pays_a_price
from retrieval.reading.question_clauses import complement_asked
from retrieval.reading.role_verbs import a_former_holder, a_new_holder

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs that say nothing of what is asked ("what stake does X have").
LIGHT_VERBS = frozenset({"be", "have", "do"})
# ... and verbs of so many senses that most acts are ways of doing them, or share a sense
# with them ("make", "get"): no kin of an asked verb.
GENERAL_VERBS = LIGHT_VERBS | {"make", "get", "take", "give", "go", "put", "set"}


def main_predicate(
    span: Span, described: frozenset[int] = frozenset(), anchor: Token | None = None
) -> str | None:
    """The part's main verb; a money word anywhere ("worth", "cost", "to invest") wins.
    `anchor`: the interrogative word, whose sentence holds what is asked."""
    # the noun an interrogative determines is what is asked, not the predicate ("what price
    # did News Corp offer" asks with "offer")
    lemmas = [t.lemma_.lower() for t in span if t.i not in described and not _asked_noun(t)]
    money = next((lemma for lemma in lemmas if lemma in MONEY_VERBS), None)
    if money is not None:
        return money
    # asked "how much", a "for" of any thing is what was paid for (see `_priced`)
    amount = "how much" in span.text.lower()
    if any(pays_a_price(t, amount=amount) for t in span if t.i not in described):
        return "pay"  # "what did they lay out for Halden", "hand over per share"
    # An acronym tagged as a verb ("What will CATL supply") is a name, not the verb.
    verbs = [
        t
        for t in span
        if t.pos_ == "VERB"
        and t.i not in described
        # a participle before a noun describes it ("the Paris-based company"): no clause
        and t.dep_ not in ("aux", "auxpass", "amod")
        and not t.text.isupper()
        and t.lemma_ not in LIGHT_VERBS
        and not t.ent_type_  # "National do Brasil": a name, not the verb "do"
        and not _going_to(t)
        and not t.is_punct
        and not a_prefix(t)
    ]
    adjective = _said_of_the_asked(span, described, anchor, verbs)
    if adjective is not None:
        return adjective
    if verbs:
        verb = _own_verb(verbs, anchor)
        # who held a thing before now sold it, who came to hold it bought it (role_verbs)
        if a_former_holder(verb):
            return "sell"
        return "buy" if a_new_holder(verb) else verb.lemma_.lower()
    # the adjective first: "when will the plant be ready" has one, and the word after
    # "will the" is no verb
    return (
        _predicate_adjective(span, described)
        or _after_inverted_subject(span, described)
        or _progressive(span, described)
    )


def _said_of_the_asked(
    span: Span, described: frozenset[int], anchor: Token | None, verbs: list[Token]
) -> str | None:
    """ "X has suspended its dividend. How many of those shares are outstanding?": a
    question with no verb but "be" asks with its adjective, not with a verb of the
    statement before it."""
    if anchor is None or any(v.sent.start == anchor.sent.start for v in verbs):
        return None
    sentence = span.doc[max(span.start, anchor.sent.start) : min(span.end, anchor.sent.end)]
    return _predicate_adjective(sentence, described)


def a_prefix(token: Token) -> bool:
    """ "co" in "co-owns": a prefix written onto the verb after its hyphen, which says
    the act (co-owning is owning, together)."""
    doc = token.doc
    if token.i + 2 >= len(doc) or token.whitespace_:
        return False
    hyphen = doc[token.i + 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and doc[token.i + 2].pos_ == "VERB"


def _asked_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(c.tag_ == "WDT" and c.dep_ == "det" for c in token.children)


def _going_to(verb: Token) -> bool:
    """ "is going to print": "going to" marks the future; the verb after it is asked."""
    return verb.lemma_.lower() == "go" and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children
    )


# The slots an interrogative pronoun fills in its clause ("who is buying it", "what did
# it buy").
ASKED_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _own_verb(verbs: list[Token], anchor: Token | None) -> Token:
    """The verb of the asked clause: not one in a clause on a noun, which describes it
    ("the airline created by merging A and B"), nor one of a sentence before the question
    ("The raider ... says he is a target of a probe. When did the SEC order it?"), when
    the part has another. The tagger's lemma is read, as the article's words are ("hoped":
    "hop" on both sides)."""
    modifying = {t.i for v in verbs if v.dep_ in ("acl", "relcl") for t in v.subtree}
    if anchor is not None and anchor.head.i in modifying and anchor.dep_ in ASKED_ARGUMENTS:
        # an interrogative asks with its own verb, though the parser hung the clause on a
        # noun before it ("X is selling its unit - who is buying it": "buying" read as a
        # relative clause on "unit")
        return anchor.head
    main = [v for v in verbs if v.i not in modifying] or verbs
    if anchor is not None:
        main = [v for v in main if v.sent.start == anchor.sent.start] or main
    return complement_asked(_what_is_said(main[0], verbs), verbs)


def _what_is_said(verb: Token, verbs: list[Token]) -> Token:
    """A verb of saying with a clause of its own asks what that clause says: "how much
    does the Asahi Shimbun say IBJ plans to abandon" asks of the plan, not of the saying,
    which only names the source ("what profit did it report" has no such clause). A verb
    of naming says a name, no clause ("what is it called now that Loral owns it"); a
    statement before the question ("An insurer says ...: when?") is not asked with."""
    lemma = verb.lemma_.lower()
    if not names_a_saying(lemma) or lemma in NAMING_VERBS:
        return verb
    if not _inverted(verb):
        return verb  # "An insurer says it is not hurt by a ruling: when was it made?"
    said = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
    return next((v for v in verbs if v.i in said), verb)


def _inverted(verb: Token) -> bool:
    """The verb is asked with: its auxiliary comes before its subject ("does X say")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)


def _after_inverted_subject(span: Span, described: frozenset[int]) -> str | None:
    """ "What will CATL supply to BAIC?", "what price did Norfolk Southern offer": the word
    after an inverted auxiliary and the name it puts before the verb is the verb, whatever
    the tagger made of it ("the Norfolk Southern offer")."""
    auxiliary = next((t for t in span if t.tag_ == "MD" or t.lemma_.lower() == "do"), None)
    if auxiliary is None:
        return None
    doc, start = span.doc, auxiliary.i + 1
    end = name_run_end(start, span) if start < span.end else start
    modal_one_word = auxiliary.tag_ == "MD" and end - start <= 1
    end = start + 1 if modal_one_word else end
    if end == start or end >= span.end or end in described:
        return None
    word = doc[end]
    if not modal_one_word and not verb_after_subject(word, auxiliary):
        return None
    lemma = word.lemma_.lower()
    return (
        lemma
        if word.is_alpha and not word.text[:1].isupper() and lemma not in LIGHT_VERBS
        else None
    )


# Where the small model hangs a predicate adjective on "be": its complement, or read as a
# preposition ("is the payment from Halden due" parsed "due" as one).
_COMPLEMENT_SLOTS = frozenset({"acomp", "oprd", "prep"})


def _predicate_adjective(span: Span, described: frozenset[int]) -> str | None:
    """ "When is the next payment due?", "when will the plant be ready?": with no verb but
    "be", the adjective "be" links to its subject is what the clause says of it ("is due
    in June"). Not one "how" asks the degree of ("how big is the pot"): that is the
    asked measure, not a word the answer's sentence repeats."""
    for token in span:
        if (
            token.pos_ == "ADJ"
            and token.dep_ in _COMPLEMENT_SLOTS
            and token.i not in described
            and token.head.lemma_.lower() == "be"
            and not any(c.lower_ == "how" for c in token.children)
        ):
            return token.lemma_.lower()
    return None


def _progressive(span: Span, described: frozenset[int]) -> str | None:
    """ "How much are GM and Isuzu investing": a present participle after an inverted "be"
    and its named subject is the verb, however the tagger read it (a noun "investing" the
    names modify)."""
    for auxiliary in (t for t in span if t.lemma_.lower() == "be" and t.pos_ == "AUX"):
        word = participle_after_subject(auxiliary, span)
        base = participle_base(word.text) if word is not None and word.i not in described else None
        if base is not None and base not in LIGHT_VERBS:
            return base
    return None


def participle_after_subject(be: Token, span: Span) -> Token | None:
    """The present participle right after an inverted "be" and the names of its subject
    ("are GM and Isuzu investing"), if that is what follows."""
    if be.i + 1 >= span.end:
        return None
    word = span.doc[name_run_end(be.i + 1, span)]
    named = word.i > be.i + 1
    return word if named and word.is_lower and participle_base(word.text) else None


def name_run_end(start: int, span: Span) -> int:
    """Where a run of capitalised words from `start` ends, the run taking "and" or "&"
    between two of them ("GM and Isuzu"); `span.end - 1` at most. A possessive ends it:
    "is GAF's holding" asks a noun."""
    doc, end = span.doc, start
    while end < span.end - 1:
        joins = doc[end].lower_ in ("and", "&") and end > start
        if not (doc[end].text[:1].isupper() or (joins and doc[end + 1].text[:1].isupper())):
            break
        end += 1
    return end


def verb_after_subject(word: Token, auxiliary: Token) -> bool:
    """Is the word after an inverted auxiliary's subject its verb? When the parse joins the
    two, either way, and it is tagged a verb or a noun -- not an adverb ("did Halden Corp
    then do"), a preposition ("in 1986"), nor a noun modifying another ("did Halden Corp
    stock trade")."""
    joined = word.head.i == auxiliary.i or auxiliary.head.i == word.i
    modifier = word.dep_ in {"compound", "nmod", "amod", "poss"}
    return joined and word.pos_ in {"VERB", "NOUN"} and not modifier
