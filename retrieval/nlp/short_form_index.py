"""An index of long names by the short forms that may abbreviate them.

The registry asks, of every short form ("JAL", "Cat"), which long names it abbreviates
(`names.abbreviates`); testing each pair is quadratic in the names of 22,000 articles. So
long names are keyed by what any short form of them must share (`spelling_keys`), and a
short form is looked up under every key it could share (`short_form_probes`): the test
then runs on the few names found.
"""

from __future__ import annotations

from retrieval.nlp.names import CONNECTORS, LEGAL_FORMS, cached_pieces, compound_words

# The longest short form `short_form_probes` looks up (it makes 2**n probes).
PROBED_LETTERS = 8


def spelling_keys(full: str) -> frozenset[str]:
    """Index keys of a long name under which `abbreviates(short, full)` can be true: every
    short form that abbreviates it has one of `short_form_probes(short)` among them.

    A clipping shares the name's first three letters. An initialism holds the initials of
    the name's own words in order (what `names._may_spell` requires), and opens with two or three
    letters a spelling of the words can open with (`_openings`)."""
    words = cached_pieces(full.replace("-", " "))
    if not words:
        return frozenset()
    split = tuple(part for word in words for part in compound_words(word))
    return _keys(words) | (_keys(split) if split != words else frozenset())


def _keys(words: tuple[str, ...]) -> frozenset[str]:
    if len(words) == 1 or all(w in LEGAL_FORMS for w in words[1:]):
        return frozenset({"clip:" + words[0][:3]})
    skippable = tuple(w in CONNECTORS or w in LEGAL_FORMS for w in words)
    initials = "".join(w[0] for w, skip in zip(words, skippable, strict=True) if not skip)
    return frozenset(f"spell:{opening}:{initials}" for opening in _openings(words, skippable))


def _openings(words: tuple[str, ...], skippable: tuple[bool, ...]) -> set[str]:
    """The first two and the first three letters a spelling of the words can have (as
    `names._spells` reads them: a prefix of each word in turn, skippable words taken or not)."""
    found: set[str] = set()
    pending = [(0, "")]
    while pending:
        start, opened = pending.pop()
        for index in range(start, len(words)):
            word = words[index]
            for taken in range(1, min(len(word), 3 - len(opened)) + 1):
                grown = opened + word[:taken]
                if len(grown) >= 2:
                    found.add(grown[:2])
                if len(grown) == 3:
                    found.add(grown)
                else:
                    pending.append((index + 1, grown))
            if not skippable[index]:  # a name word is never jumped over
                break
    return found


def short_form_probes(short: str) -> frozenset[str]:
    """The keys to look a short form up under in an index of `spelling_keys`: its first
    three letters, and its opening with every subsequence of its letters (2**n of them,
    hence a short form of at most `PROBED_LETTERS` letters)."""
    letters = "".join(cached_pieces(short))
    if len(letters) > PROBED_LETTERS:
        raise ValueError(f"short form {short!r} has more than {PROBED_LETTERS} letters")
    probes = set()
    if len(letters) >= 3:
        probes.add("clip:" + letters[:3])
    if len(letters) >= 2:
        subsequences = {""}
        for letter in letters:
            subsequences |= {s + letter for s in subsequences}
        probes |= {f"spell:{letters[:3]}:{s}" for s in subsequences}
    return frozenset(probes)
