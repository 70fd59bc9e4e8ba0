"""The organisation a noun phrase in a parsed sentence stands for.

The names themselves are found by retrieval.registry.org_spans. A noun phrase stands for
an organisation when its head is inside a name, or when it names a part of one: "its
Canadian unit", "Gelco Corp's courier business", "a 20 pct stake in America West", "X, a
unit of Y" — the owner is the party (a unit sold counts as the seller), the unit's own name
an alias. A company's governing body acts for it; a relation ("its rival Peoplesoft") is the
name it gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.becoming_units import unit_taken_slots
from retrieval.registry.company_names import clean_surface, has_suffix
from retrieval.registry.cue_words import STAKE_NOUNS
from retrieval.registry.getting import hung_over
from retrieval.registry.org_spans import OrgSpan
from retrieval.registry.org_words import ORG_NOUNS, PERSON_NOUNS, RELATION_NOUNS, UNIT_NOUNS
from retrieval.registry.owned import (
    BOARDS,
    BODIES,
    MADE_OF,
    MEMBER_NOUNS,
    NAMING,
    Owned,
    as_via,
    determined,
    member_said,
    of_a_group,
    wholly_owned,
)
from retrieval.registry.sentence_names import SentenceNames
from retrieval.registry.stray_prepositions import hung_stake_holder

if TYPE_CHECKING:
    from spacy.tokens import Token


# Last words of a name that make it a part of a company ("a Holding" is often a company).
_PART_HEADS = frozenset({"division", "unit", "arm", "subsidiary"})
# Nouns that stand for a firm by themselves ("the company", "mortgage banking company X").
_BARE_FIRM_NOUNS = frozenset({"company", "firm", "group"})


class SentenceOrgs(SentenceNames):
    """The organisations named in one parsed sentence, and what a noun phrase stands for."""

    def owned(self, token: Token, *, agent: bool = False) -> Owned | None:
        """The organisation the phrase headed by `token` stands for (see module doc).

        An `agent` (who buys, sells, signs) is a name, a unit acting for its owner, or a
        reference — never the owner of some thing ("its chairman sold shares")."""
        span = self.party_at(token)
        if span is not None:
            return self._with_owner(token, span, agent=agent)
        lemma = token.lemma_.lower()
        people = lemma in RELATION_NOUNS or lemma in PERSON_NOUNS or lemma in BOARDS
        if people or token.ent_type_ == "PERSON":
            return self._body(token) or self._related(token)
        # "an equity position in B": a noun a stake noun classifies is a stake
        classified = any(
            c.dep_ == "compound" and c.lemma_.lower() in STAKE_NOUNS for c in token.children
        )
        if lemma in STAKE_NOUNS or token.like_num or classified:
            return self._stake(token)
        if lemma in UNIT_NOUNS:
            return self._incorporated(token, agent=agent) or self._unit(token)
        named = self._named_inside(token)
        if named is not None:
            # "Frayn Financial printing, the financial printing division of Frayn Printing
            # Co": the name's phrase may say whose part it is
            return self._with_owner(token, named, agent=agent)
        member = self._member(token) if agent else None
        return member or self._described(token) or self._thing(token, agent=agent)

    def _member(self, body: Token) -> Owned | None:
        """ "it is part of a group that has purchased PCR": a body whose members are not
        named acts through the one said to be part of it (owned.member_said)."""
        member = member_said(body) if body.lemma_.lower() in MADE_OF else None
        if member is None:
            return None
        return self.owned(member, agent=True) or Owned(None, "name", member)

    def _body(self, token: Token) -> Owned | None:
        """ "its shareholders approved the merger", "the company's directors agreed", "its
        board and the Norris Oil board approved a merger agreement": a company's governing
        body acts for it."""
        lemma = token.lemma_.lower()
        if (lemma not in BODIES or token.tag_ != "NNS") and lemma not in BOARDS:
            return None
        owner = self._holder(token, ("of",), possessive=True)
        return None if owner is None else as_via(owner, "name")

    def _described(self, token: Token) -> Owned | None:
        """ "Dixons Group Plc, the British concern that acquired ...": an apposition is
        the company it describes (a unit or a stake in apposition is another thing)."""
        if token.dep_ != "appos":
            return None
        span = self.party_at(token.head)
        return None if span is None else Owned(span, "name", token)

    def _related(self, token: Token) -> Owned | None:
        """ "its smaller rival Peoplesoft" is Peoplesoft; "Quist Corp, the parent of Keel
        Bank" is Quist (an apposition is the name it describes, whatever relation it
        names, so a clause the parse hangs on it is said of Quist); "its former parent"
        and people are no one here."""
        if token.lemma_.lower() not in RELATION_NOUNS:
            return None
        named = self._first_named(c for c in token.children if c.dep_ in NAMING)
        return self._described(token) if named is None else Owned(named, "name", token)

    def _model(self, number: Token) -> bool:
        """ "Boeing 747": a number a name compounds with, on its own, is the model the firm
        makes; a stake's number counts something ("20 pct", "Preussag's 20 pct share")."""
        children = list(number.children)
        named = any(c.dep_ == "compound" and self.party_at(c) for c in children)
        return named and not any(c.dep_ in {"prep", "poss", "nummod"} for c in children)

    def _stake(self, token: Token) -> Owned | None:
        """ "Preussag's 20 pct share in the copper producer", "the BSkyB holding": the
        holder sells it; "a 20 pct stake in America West": the company the stake is in."""
        if token.like_num and self._model(token):
            return None  # "the second-hand Boeing 747 was acquired": a maker's product
        seller = next((c for c in token.children if c.dep_ == "poss"), None) or next(
            (c for c in token.children if c.dep_ == "compound" and self.party_at(c)), None
        )
        if seller is not None:
            found = self._name_or_reference(seller)
            return None if found is None else as_via(found, "unit")
        # "control over B" is control of B
        holding = ("in", "of", "over") if token.lemma_.lower() == "control" else ("in", "of")
        holder = self._holder(token, holding, possessive=False) or self._hung_holder(token)
        return None if holder is None else as_via(holder, "stake")

    def _hung_holder(self, stake: Token) -> Owned | None:
        """The company of a stake whose "in" the parse hung higher (stray_prepositions), or
        of control whose "over" it hung on the verb (getting.hung_over):
        a name only, as a reference there may be anything the verb is "in"."""
        for target in [*hung_stake_holder(stake, STAKE_NOUNS), *hung_over(stake)]:
            span = self.party_at(target) or self._named_inside(target)
            if span is not None:
                return Owned(span, "name", target)
        return None

    def _thing(self, token: Token, *, agent: bool) -> Owned | None:
        """ "with those of S. and W. Berisford", "the trademarks of C. Schmidt", "Symbian's
        software": a thing its owner parts with (never for an agent); a reference is the
        resolver's job; a name the parse lost is found in the phrase."""
        lemma = token.lemma_.lower()
        if lemma in {"those", "that"}:
            owner = self._holder(token, ("of",), possessive=False)
            return None if owner is None else as_via(owner, "unit")
        if token.pos_ == "PRON" or (lemma in ORG_NOUNS and determined(token)):
            return None
        owner = None if agent else self._holder(token, ("of",), possessive=True)
        if owner is not None:
            return as_via(owner, "unit")
        inside = self.inside(token) if token.pos_ in {"NOUN", "PROPN", "NUM"} else None
        return Owned(inside, "name", token) if inside is not None else None

    def _with_owner(self, token: Token, span: OrgSpan, *, agent: bool = False) -> Owned:
        """ "Flyfaire International Inc, a unit of Plaza Group": the owner, named X; but a
        unit with a legal form of its own that acts is a company acting as itself ("Koba
        Electronics Co Ltd, an affiliate of Nippon, will buy ...")."""
        if agent and has_suffix(clean_surface(span.surface)):
            return Owned(span, "name", token)
        named_part = self._named_part(token, span)
        if named_part is not None:
            return named_part
        for child in token.children:
            # "Nan Ya Plastics, a corporation of Formosa Plastics Group": a member firm
            member = child.lemma_.lower() in MEMBER_NOUNS and of_a_group(child)
            # "Benton, a unit of Harlow since 1985": the takeover's target is Benton itself
            taken = unit_taken_slots(child) is not None
            if (
                child.dep_ == "appos"
                and (child.lemma_.lower() in UNIT_NOUNS or member)
                and not taken
            ):
                owner = self._holder(child, ("of",), possessive=True)
                named = owner is not None and owner.org is not None
                if member and not named:
                    continue  # "a member of an industry group": no owner named
                if owner is not None and (owner.org is None or owner.org.name != span.name):
                    return Owned(owner.org, "unit", owner.token, (span.name, *owner.units))
        return Owned(span, "name", token)

    def _named_part(self, token: Token, span: OrgSpan) -> Owned | None:
        """ "its Advanced Products Division reached agreement", "Dalco's Film Unit": a name
        headed by a unit noun, owned by a possessor, names a part of the possessor, and a
        part is no legal person: it acts for its owner (its name is an alias)."""
        head = token.doc[span.end - 1]
        # "its wholly owned Michigan Cellular Inc": what a firm owns whole is its part (a
        # "40 pct-owned" or "partly owned" affiliate has other owners: it can be bought)
        owned = any(c.dep_ == "amod" and wholly_owned(c) for c in token.children)
        if (head.lemma_.lower() not in _PART_HEADS and not owned) or head.i != token.i:
            return None
        owner = self._holder(token, (), possessive=True)
        if owner is None or (owner.org is not None and owner.org.name == span.name):
            return None
        return Owned(owner.org, "unit", owner.token, (span.name, *owner.units))

    def _incorporated(self, token: Token, *, agent: bool) -> Owned | None:
        """ "its affiliate, Ambrit Inc, agreed to acquire ...": a unit named with a legal
        form is a company of its own, and acts as itself (a division acts for its owner).
        An affiliate not wholly owned has other owners, so a named one is a company of its
        own whatever is done to it ("acquired the rest of its affiliate, VenVirotek")."""
        affiliate = token.lemma_.lower() == "affiliate" and not any(
            c.dep_ == "amod" and wholly_owned(c) for c in token.children
        )
        if not (agent or affiliate):
            return None
        for child in token.children:
            span = self.party_at(child) if child.dep_ == "appos" else None
            if span is not None and (affiliate or has_suffix(clean_surface(span.surface))):
                return Owned(span, "name", token)
        return None

    def _unit(self, token: Token) -> Owned | None:
        if any(c.lower_ == "former" for c in token.children):
            return None  # "a former Alleghany Corp subsidiary": no longer Alleghany's
        owner = self._holder(token, ("of",), possessive=True)
        names = tuple(
            s.name
            for s in (self.party_at(c) for c in token.children if c.dep_ in {"compound", "appos"})
            if s is not None
        )
        if owner is None:
            return None
        if owner.org is not None and names and owner.org.name in names:
            names = tuple(n for n in names if n != owner.org.name)
        return Owned(owner.org, "unit", owner.token, names + owner.units)

    def _holder(
        self, token: Token, preps: tuple[str, ...], *, possessive: bool = True
    ) -> Owned | None:
        """The organisation in "X's <token>", "<token> of/in X", "the X <token>"."""
        for child in token.children:
            if possessive and child.dep_ == "poss":
                return self._name_or_reference(child)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for target in child.children:
                    if target.dep_ == "pobj":
                        found = self.owned(target) or self._name_or_reference(target)
                        if found is not None:
                            return found
        for child in token.children:
            if child.dep_ in {"compound", "nmod", "amod"} and self.party_at(child) is not None:
                return self._name_or_reference(child)
        return None

    def _name_or_reference(self, token: Token) -> Owned | None:
        span = self.party_at(token) or self._named_inside(token) or self._name_after(token)
        if span is not None:
            return Owned(span, "name", token)
        if token.pos_ == "PRON" or token.lemma_.lower() in _BARE_FIRM_NOUNS:
            return Owned(None, "name", token)
        return None

    def _name_after(self, noun: Token) -> OrgSpan | None:
        """ "a unit of mortgage banking company Stanwell Mortgage": a firm noun followed at
        once by a name is that name (a close apposition), wherever the parse hung it."""
        doc = noun.doc
        if noun.lemma_.lower() not in _BARE_FIRM_NOUNS or noun.i + 1 >= len(doc):
            return None
        span = self.party_at(doc[noun.i + 1])
        return span if span is not None and span.start == noun.i + 1 else None
