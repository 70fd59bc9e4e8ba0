"""One article read for deals, in two halves around the parser.

`prepare` does what needs no parse: the article's sentences, its company names and titled
people, and the sentences worth parsing (retrieval.registry.candidates). The caller parses
those (for a whole batch of articles at once: the parser is far faster on many sentences
than on a few), then `read` turns the parses into deal mentions: claims (frames), their
parties (organisations, references resolved against the article so far), their dates;
and merges them into alliance records (records).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.models import AllianceFacts, Article, EventDate, PersonMention
from retrieval.nlp.sentences import split_sentences
from retrieval.registry.candidates import (
    has_trigger,
    mentions_an_offer,
    reports_market_trading,
    takes_an_offer,
    worth_parsing,
)
from retrieval.registry.companies import CompanyDirectory
from retrieval.registry.company_names import canonical_company, is_company_name
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.date_clauses import told_apart
from retrieval.registry.date_tense import dated_ahead
from retrieval.registry.deal_dates import date_of_trigger, own_date
from retrieval.registry.details import ArticleSentence
from retrieval.registry.event_dates import DateMention, find_dates
from retrieval.registry.frames import Claim, find_claims, undone_deal_words
from retrieval.registry.headlines import headline_company, learn_headline_name
from retrieval.registry.identified import FOLLOWING, identifications, may_introduce
from retrieval.registry.mentions import DealMention, mentions_in
from retrieval.registry.month_days import with_month_days
from retrieval.registry.offers_taken import offers_taken_before
from retrieval.registry.organisations import SentenceOrgs
from retrieval.registry.parse_text import for_parsing
from retrieval.registry.people import PersonSpan, family_names, find_people
from retrieval.registry.records import alliance_facts, group_mentions, other_deals_dates
from retrieval.registry.references import Discourse, Resolver

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Records less sure than this are left out.
MIN_CONFIDENCE = 0.5
ABOUT_THE_ARTICLE = (
    "this article",
    "this story",
    "first appeared",
    "first published",
    "originally appeared",
    "originally published",
    "republished",
    "all rights reserved",
)


@dataclass
class PreparedArticle:
    article: Article
    directory: CompanyDirectory
    sentences: list[ArticleSentence]
    people: list[PersonMention]
    to_parse: list[ArticleSentence]  # empty when the article holds no deal word
    market: bool  # the article reports shares traded on the market

    def texts(self) -> list[str]:
        """What the parser is given for `to_parse` (stock symbols dropped)."""
        return [for_parsing(s.text) for s in self.to_parse]


def prepare(article: Article) -> PreparedArticle:
    texts = article_sentences(article)
    directory = CompanyDirectory()
    for _, text in texts:
        directory.learn(text)
    learn_headline_name(article.title, [text for _, text in texts], directory)
    people = {position: find_people(text, directory) for position, text in texts}
    found = [span.mention for spans in people.values() for span in spans]
    if not has_trigger(f"{article.title}\n{article.text}"):
        return PreparedArticle(article, directory, [], found, [], market=False)
    sentences = _named_sentences(texts, directory, people)
    chosen = _to_parse(sentences)
    market = reports_market_trading(article.text)
    return PreparedArticle(article, directory, sentences, found, chosen, market)


def _to_parse(sentences: list[ArticleSentence]) -> list[ArticleSentence]:
    """The sentences worth parsing; with an offer, a later sentence that may take it ("The
    board approved the offer") is one, and it makes the offer one."""
    takes = [takes_an_offer(s.text) for s in sentences]
    offers = [mentions_an_offer(s.text) for s in sentences]
    chosen = []
    for index, sentence in enumerate(sentences):
        later = any(takes[index + 1 :])
        taking = takes[index] and offers[index] and any(offers[:index])
        if taking or worth_parsing(
            sentence.text, len(set(sentence.names)), offer_taken_later=later
        ):
            chosen.append(sentence)
    return _with_namings(sentences, chosen)


def _with_namings(
    sentences: list[ArticleSentence], chosen: list[ArticleSentence]
) -> list[ArticleSentence]:
    """A deal sentence that may introduce a firm without its name ("acquired two design
    firms") brings the next sentences that name one: they may identify it (identified)."""
    taken = {s.position for s in chosen}
    introducing = {s.position for s in chosen if may_introduce(s.text)}
    following = {p + n for p in introducing for n in range(1, FOLLOWING + 1)}
    return [s for s in sentences if s.position in taken or (s.position in following and s.names)]


def read(prepared: PreparedArticle, docs: list[Doc]) -> list[AllianceFacts]:
    """The alliances the parsed sentences state (`docs` in the order of `to_parse`)."""
    parsed: dict[int, list[EventDate]] = {}
    own: dict[int, list[EventDate]] = {}
    mentions = _mentions(prepared, docs, parsed, own)
    found = []
    groups = group_mentions(mentions)
    for group in groups:
        facts = alliance_facts(
            group,
            prepared.directory,
            prepared.sentences,
            article_date=prepared.article.date,
            parsed_dates=parsed,
            own_dates=own,
            other_deals=other_deals_dates(group, groups, own),
        )
        if (facts.confidence or 0.0) >= MIN_CONFIDENCE:
            found.append(facts)
    return found


def _mentions(
    prepared: PreparedArticle,
    docs: list[Doc],
    parsed: dict[int, list[EventDate]],
    own: dict[int, list[EventDate]],
) -> list[DealMention]:
    """The deal mentions of the parsed sentences, read in order (a reference resolves
    against the groups named before it; a deal undone stays undone); `parsed` and `own`
    get each sentence's dates (`_claim_dates`)."""
    discourse, every, taken = _read_names(prepared, docs)
    mentions: list[DealMention] = []
    undone: set[str] = set()
    for sentence, orgs, offers_taken in zip(prepared.to_parse, every, taken, strict=True):
        position = sentence.position
        _note_parsed(discourse, position, orgs)
        claims = find_claims(orgs.doc, market=prepared.market, offers_taken=offers_taken)
        dates, parsed[position], own[position] = _claim_dates(prepared, orgs.doc, claims)
        found = mentions_in(
            claims,
            orgs,
            Resolver(orgs, discourse, position),
            position=position,
            sentence=sentence.text,
            dates=dates,
            undone=frozenset(undone),
        )
        undone |= undone_deal_words(orgs.doc, market=prepared.market)
        for mention in found:
            discourse.note_group(position, [p.name for p in mention.parties])
        mentions.extend(found)
    return mentions


def _read_names(
    prepared: PreparedArticle, docs: list[Doc]
) -> tuple[Discourse, list[SentenceOrgs], list[bool]]:
    """What is known before any deal is read: the article's organisations and people (the
    discourse its references resolve in, each sentence's firms identified), each parsed
    sentence's organisations, and whether a later sentence takes an offer it makes."""
    known = _known_orgs(docs, prepared.directory)
    people = _people(prepared, docs)
    discourse = _discourse(prepared, known, people)
    taken = offers_taken_before(docs)
    every = [SentenceOrgs(doc, prepared.directory, known, people) for doc in docs]
    for sentence, orgs in zip(prepared.to_parse, every, strict=True):
        discourse.identified[sentence.position] = identifications(orgs)
    return discourse, every, taken


def _claim_dates(
    prepared: PreparedArticle, doc: Doc, claims: list[Claim]
) -> tuple[list[DateMention], list[EventDate], list[EventDate]]:
    """The sentence's dates (one yet to come resolved forwards of the article's date), and
    for its claims' deal words the dates their clauses carry and those on the deal word
    or its verb (deal_dates)."""
    article_date = prepared.article.date
    written = with_month_days(doc, find_dates(doc.text, article_date=article_date), article_date)
    triggers = frozenset(c.trigger.i for c in claims)
    dates = dated_ahead(doc, written, article_date, triggers)
    # a deal word told apart in a relative clause dates its own deal, not the others'
    words = [c.trigger for c in claims]
    offered = [t for t in words if not told_apart(t, words)]
    on_clause = [date_of_trigger(t, dates) for t in offered]
    on_word = [own_date(t, dates) for t in offered]
    return dates, [d for d in on_clause if d is not None], [d for d in on_word if d is not None]


def _known_orgs(docs: list[Doc], directory: CompanyDirectory) -> frozenset[str]:
    """What spaCy calls an organisation somewhere in the article (a lone demonym or place
    it so calls, "Canadian", is none)."""
    return frozenset(
        name
        for doc in docs
        for e in doc.ents
        if e.label_ == "ORG"
        for name in [directory.resolve(e.text) or canonical_company(e.text)]
        if is_company_name(name)
    )


def _people(prepared: PreparedArticle, docs: list[Doc]) -> frozenset[str]:
    """The family names of the article's people: titled, or a first and a family name
    spaCy calls a person."""
    titled = family_names(
        [s.text for s in prepared.sentences],
        [p.mention for s in prepared.sentences for p in s.people],
    )
    named = {e[-1].lower_ for doc in docs for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
    return titled | named


def _discourse(
    prepared: PreparedArticle, known: frozenset[str], people: frozenset[str]
) -> Discourse:
    """The organisations each sentence is about, before any is parsed."""
    discourse = Discourse()
    discourse.headline = headline_company(prepared.article.title, prepared.directory)
    for sentence in prepared.sentences:
        sure = [n for n in sentence.names if n in sentence.sure or n in known]
        # A name the article capitalises inside sentences, in a sentence that opens with it
        # ("Google reported strong results."), is what that sentence is about; unless the
        # article gives that name to a person ("Van Driel said" after "Gerrit van Driel").
        opener = [
            n
            for n in sentence.names[:1]
            if sentence.text.startswith(n) and n.split()[-1].lower() not in people
        ]
        discourse.note(sentence.position, list(dict.fromkeys(opener + sure)), sentence.text)
    return discourse


def _note_parsed(discourse: Discourse, position: int, orgs: SentenceOrgs) -> None:
    """A parsed sentence's names replace the quick ones; names joined by "and" are a group."""
    discourse.note(position, [s.name for s in orgs.spans], orgs.doc.text)
    for span in orgs.spans:
        root = orgs.doc[span.start : span.end].root
        group = [orgs.at(t) for t in with_conjuncts(root)]
        names = [g.name for g in group if g is not None]
        if len(names) >= 2:
            discourse.note_group(position, names)


def is_about_the_article(sentence: str) -> bool:
    """ "This article first appeared on ...": a note about the article, not its news."""
    lowered = sentence.lower()
    return any(phrase in lowered for phrase in ABOUT_THE_ARTICLE)


def article_sentences(article: Article) -> list[tuple[int, str]]:
    """(position, sentence) for the headline (-1, when usable: an all-capitals one has no
    case to find names by) and every body sentence, as ingest segments them (a paragraph
    ends a sentence; a legal form's stop does when a clause follows, initials' do not)."""
    found: list[tuple[int, str]] = []
    if article.title and not article.title.isupper():
        found.append((-1, article.title))
    position = 0
    for sentence in split_sentences(article.text):
        cleaned = sentence.lstrip("—–-•* ").strip()  # a list's bullet is no word
        if cleaned and not is_about_the_article(cleaned):
            found.append((position, cleaned))
            position += 1
    return found


def _named_sentences(
    texts: list[tuple[int, str]],
    directory: CompanyDirectory,
    people: dict[int, list[PersonSpan]],
) -> list[ArticleSentence]:
    sentences = []
    for position, text in texts:
        spans = people.get(position, [])
        person_names = {span.mention.name for span in spans}
        mentions = [
            m
            for m in directory.mentions(text)
            if m.name not in person_names and not any(m.name in n for n in person_names)
        ]
        names = tuple(m.name for m in mentions)
        sure = frozenset(m.name for m in mentions if m.strong)
        sentences.append(ArticleSentence(position, text, names, tuple(spans), sure))
    return sentences
