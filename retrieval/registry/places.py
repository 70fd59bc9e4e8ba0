"""Place names and demonyms: a run of capitalised words made only of these is not a company.

Deal prose names places in the very positions where companies stand ("sell its operations in
Taiwan and Thailand to Ajinomoto"), so the name finder must know them. Countries, their
adjectives, continents and regions, US states (and the newswire's abbreviations of them:
"Sunnyvale, Calif.") and large business cities; lower case.
"""

from __future__ import annotations

from collections.abc import Iterable

PLACE_WORDS = frozenset(
    """
    afghanistan albania algeria america american americas angola argentina argentine armenia
    asia asian atlantic australia australian austria austrian bahrain bangladesh belgian
    belgium bolivia brazil brazilian britain british bulgaria burma cambodia cameroon canada
    canadian caribbean chile chilean china chinese colombia colombian congo croatia cuba
    cyprus czech czechoslovakia danish denmark dutch ecuador egypt egyptian england english
    estonia ethiopia eu europe european finland finnish france french german germany ghana
    greece greek guatemala holland hungarian hungary iceland india indian indonesia
    indonesian iran iraq ireland irish israel israeli italian italy ivory jamaica japan
    japanese jordan kazakhstan kenya korea korean kuwait latin lebanon libya luxembourg
    malaysia malaysian mexican mexico middle morocco netherlands nigeria nordic norway
    norwegian oman pacific pakistan panama peru philippine philippines poland polish
    portugal portuguese qatar romania russia russian saudi scandinavia scotland scottish
    senegal singapore slovakia soviet spain spanish sri lanka sudan sweden swedish swiss
    switzerland syria taiwan taiwanese tanzania thai thailand tunisia turkey turkish uganda
    ukraine uae united kingdom states emirates uruguay us usa ussr venezuela vietnam wales
    west east north south western eastern northern southern central yugoslavia zambia
    zimbabwe alabama alaska arizona arkansas california colorado connecticut delaware
    florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine
    maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    hampshire jersey york carolina dakota ohio oklahoma oregon pennsylvania rhode island
    tennessee texas utah vermont virginia washington wisconsin wyoming amsterdam beijing
    berlin boston brussels chicago dallas frankfurt geneva hong kong houston london los
    angeles madrid milan montreal moscow munich new osaka paris rome san francisco seoul
    shanghai sydney tokyo toronto vancouver zurich zhejiang guangdong jiangsu shenzhen
    hangzhou bay area delta greater sino winnipeg quebec ontario alberta manitoba cincinnati
    fort worth detroit atlanta miami denver phoenix seattle pittsburgh cleveland minneapolis
    st louis baltimore philadelphia newport beach santa clara salt lake city tampa orlando
    wall street
    ala ariz ark calif colo conn fla ill kan kans mass mich minn neb nev okla tenn tex wis
    wyo n.j n.y n.h n.m n.c n.d s.c s.d r.i w.va ont que
    """.split()
)


def place_name(words: Iterable[str]) -> bool:
    """Words that are all of places' names ("Wall Street", "Russia", "U.S."): a place, or
    where something is from; in a company's name only with a word of its own."""
    found = [word.lower().rstrip(".") for word in words]  # "N.J." as listed: "n.j"
    return bool(found) and all(w in PLACE_WORDS or w.replace(".", "") in PLACE_WORDS for w in found)
