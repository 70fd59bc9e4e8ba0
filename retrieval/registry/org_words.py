"""The words of organisations in deal prose, as data: nouns that stand for a firm, a unit
of one, a person or a relation between firms; demonyms; the pronouns that refer to firms.
"""

from __future__ import annotations

from retrieval.models import AgreementKind

# Nouns that stand for an organisation in a definite description ("the company").
ORG_NOUNS = frozenset(
    """
    company firm group concern corporation bank airline carrier carmaker automaker maker
    manufacturer retailer insurer brewer winemaker operator producer publisher chain utility giant
    conglomerate partner partners side sides party parties business businesses companies
    firms groups banks enterprise enterprises rival rivals lender lenders
    drugmaker chipmaker steelmaker
    """.split()
)
# Of those, the nouns that say what kind of firm a name is ("the British bank Abbey
# National"), not its role in a deal.
FIRM_KIND_NOUNS = ORG_NOUNS - frozenset("partner partners side sides party parties".split())
# Verbs that bring a firm into being ("form a company", "set up a company").
FORMING_VERBS = frozenset({"form", "set up", "establish", "create", "organize", "organise"})
# Verbs of holding a firm: who owns or controls one together with another is its partner
# ("jointly owned by A and B", joint_firms.owned_jointly).
OWNING_VERBS = frozenset({"own", "control"})
# Words of one firm made of two: a firm formed beside them is the merger's, no venture.
COMBINING_WORDS = frozenset(
    "merge merger combine combination consolidate consolidation amalgamate amalgamation".split()
)
# Nouns for a part of an organisation: the party is its owner (a unit sold counts as the
# seller) or, for a stake, the company the stake is in.
UNIT_NOUNS = frozenset(
    """
    unit subsidiary division business operation operations arm assets asset interests
    stores store plant plants line brand brands franchise franchises chain network
    affiliate subsidiaries units divisions businesses holding
    """.split()
)
# Nouns for a firm or a business bought whole, which a name compounded with them names
# ("its Dayton Walther business", "the Kresge unit"), unlike a maker's goods ("Airbus jets").
BUSINESS_HEADS = FIRM_KIND_NOUNS | frozenset(
    "unit subsidiary division business operation operations affiliate arm".split()
)
# "we" and "our" are the company itself when it speaks (a press release).
# Nouns for people: a person is never a party ("its chairman sold shares", "agreements
# with five Spectradyne senior managers").
PERSON_NOUNS = frozenset(
    """
    chairman chairwoman president executive officer director manager managers management founder
    employee employees shareholder shareholders stockholder stockholders entrepreneur
    investor chief head spokesman spokeswoman owner tycoon businessman businesswoman
    family member members partner-in-charge analyst analysts official officials
    twin twins brother brothers sister sisters couple
    """.split()
)
# Nouns for an organisation's relation to another: "its former parent" is another firm,
# not something the first one owns.
RELATION_NOUNS = frozenset(
    "parent owner rival competitor customer customers supplier suppliers client clients".split()
)
# Demonyms that do not start like their country's name.
DEMONYMS = {
    "spanish": "spain",
    "french": "france",
    "dutch": "netherlands holland",
    "british": "britain uk u.k.",
    "swiss": "switzerland",
    "danish": "denmark",
    "swedish": "sweden",
    "finnish": "finland",
    "polish": "poland",
    "irish": "ireland",
    "english": "england",
    "scottish": "scotland",
    "welsh": "wales",
    "american": "u.s. us usa america",
}
PRONOUNS_SINGULAR = frozenset({"it", "its", "itself", "we", "our", "us"})
PRONOUNS_PLURAL = frozenset({"they", "their", "them", "both"})
# Verbs of composition: the members as object ("which includes A and B"), or after "of"
# ("consists of", "is comprised of", "is composed of", "is made up of").
MEMBERS_AS_OBJECT = frozenset({"include", "comprise"})
MEMBERS_AFTER_OF = frozenset({"consist", "comprise", "compose", "make up"})
MEMBERS_VERBS = MEMBERS_AS_OBJECT | MEMBERS_AFTER_OF
# Bodies whose members are partners in them (a group's may be its units, or a lobby's).
PARTNERSHIP_NOUNS: dict[str, AgreementKind] = {
    "partnership": "partnership",
    "consortium": "joint venture",
    "venture": "joint venture",
    "syndicate": "joint venture",
}
