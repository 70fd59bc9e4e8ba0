"""What a noun phrase in a deal sentence holds: an organisation, and how (its own name, a
unit of it, a stake in it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from retrieval.registry.org_spans import OrgSpan


@dataclass(frozen=True)
class Owned:
    """What a noun phrase holds: an organisation, and how (itself, a unit, a stake)."""

    org: OrgSpan | None  # None when `token` is a reference to resolve
    via: str  # "name", "unit", "stake"
    token: Token
    units: tuple[str, ...] = ()  # the names of the part it stands for ("Gelco Express")

    @property
    def reference(self) -> bool:
        return self.org is None


def as_via(owned: Owned, via: str) -> Owned:
    return Owned(owned.org, via, owned.token, owned.units)
