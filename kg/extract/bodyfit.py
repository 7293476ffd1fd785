"""Whether an organization fits a description of a body by what the description says of it.

:func:`fitter` reads a description (``the Yemeni government``, ``the news agency``,
``the airline``) and gives a test of the organizations it may stand for:

* its noun's kind (``the ministry`` a government body; ``the news agency`` a news
  organization, whatever the noun alone would take);
* a noun that only a name says (``the airline``, ``the hospital``): an organization
  whose name holds it (``Ethiopian Airlines``), never the last body that spoke;
* a noun of a body outside the state (``the group``, ``the company``): never a
  government body or an army unless its name holds the noun;
* its nation (``the Yemeni government``): never an organization whose name is of another
  country (``US government``); one whose name says no country (``the Kremlin`` for
  ``the Russian government``) may be meant.
"""

from __future__ import annotations

from functools import lru_cache

from .speakerwords import BODIES

#: nouns beside a body's noun that make it a news organization ("the news agency")
NEWS_WORDS = frozenset({"news", "wire", "newswire"})
#: nouns of bodies that only a name gives ("the airline" is no ministry that spoke)
NAMED_ONLY = frozenset({"airline", "carrier", "hospital", "university", "bank", "club",
                        "manufacturer", "maker", "retailer", "court", "police",
                        "center", "centre", "party", "committee", "council", "commission",
                        "union", "league", "parliament", "assembly", "tribunal", "board",
                        "federation", "administration"})
#: nouns of bodies outside the state: no government body or army is called so ("the
#: group" that wrote is not the administration that spoke before)
NON_STATE = frozenset({"group", "movement", "organization", "organisation", "lobby",
                       "charity", "nonprofit", "association", "society", "club", "company",
                       "firm", "foundation", "think-tank", "tank"})
#: kinds of organization that are the state's own
STATE_KINDS = frozenset({"GovernmentOrganization", "Military"})



#: words of a body's name that say what kind of body it is, beside the noun itself
#: (``Air Canada``, ``British Airways``: an airline)
_NAME_WORDS = {"airline": frozenset({"air", "airways", "aviation"}),
               "carrier": frozenset({"air", "airways", "airline", "airlines", "aviation"})}


def named(ent, noun: str) -> bool:
    """Whether a name of ``ent`` holds ``noun`` (``Ethiopian Airlines`` the airline), or a
    word that says the same of a body (``Air Canada`` the airline)."""
    words = " ".join((ent.name, *ent.aliases)).lower().split()
    return noun in words or noun + "s" in words or bool(
        _NAME_WORDS.get(noun, frozenset()).intersection(words))


def fits(ent, noun: str) -> bool:
    """Whether the organization ``ent`` fits a body's noun by its name or its kind alone."""
    if ent.broad != "Organization":
        return False
    kind = BODIES.get(noun, "")
    return named(ent, noun) or not kind or ent.kind == kind


@lru_cache(maxsize=1)
def _nations() -> dict[str, str]:
    """Country names and demonyms (lower case, as single words or phrases) → country id,
    from the bundled gazetteer."""
    from .nlp import default_gazetteer

    out: dict[str, str] = {}
    for e in default_gazetteer().entries.values():
        if e.type == "Country":
            for w in (*e.names, *e.demonyms):
                out[w.lower()] = e.id
    return out


def _nation_of_words(words: list[str]) -> set[str]:
    """The countries that runs of ``words`` (up to three) name."""
    nations = _nations()
    low = [w.lower() for w in words]
    return {nations[" ".join(low[i:j])] for i in range(len(low))
            for j in range(i + 1, min(i + 4, len(low) + 1)) if " ".join(low[i:j]) in nations}


def _based(tok) -> bool:
    """Whether ``tok`` says where a body is based, not whose it is (``Britain`` of ``the
    Britain-based group``)."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" \
        and doc[tok.i + 2].lower_ in ("based", "headquartered")


def nation(head) -> str | None:
    """The country a modifier of the description's head names (``Yemeni``, ``U.S.``), or its
    owner (``Iraq's president``, ``the foreign minister of Kosovo``); not where it is based
    (``the Britain-based group``)."""
    words = [c.text for c in head.children if c.dep_ in ("amod", "compound", "nmod")
             and c.i < head.i and not _based(c)]
    found = _nation_of_words(words)
    if len(found) != 1 and len(words) == 1:
        # "the North Korean leader" with "North" hung elsewhere: the words before the head
        words = [t.text for t in head.doc[head.left_edge.i:head.i] if t.dep_ != "det"
                 and not _based(t)]
        found = _nation_of_words(words)
    if not found:  # "Iraq's president", "the foreign minister of Kosovo"
        owners = [c for c in head.children if c.dep_ == "poss" and c.i < head.i] + [
            g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i
            for g in c.children if g.dep_ == "pobj" and g.right_edge.i == head.right_edge.i]
        # (the owner ends the phrase: not "the founder of America's biggest contractor")
        for owner in owners:
            words = [t.text for t in owner.subtree if t.dep_ not in ("det", "case")
                     and t.text not in ("'s", "\u2019s")]
            found |= _nation_of_words(words) if len(words) <= 3 else set()
    return next(iter(found)) if len(found) == 1 else None


def of_other_nation(ent, country: str) -> bool:
    """Whether a name of ``ent`` says a country other than ``country``."""
    for n in (ent.name, *ent.aliases):
        found = _nation_of_words(n.replace("'s", "").split())
        if found and country not in found:
            return True
    return False


#: words that make a body's noun one of an armed group ("the armed group", "the jihadist
#: organization")
_ARMS_WORDS = frozenset({"armed", "militant", "jihadist", "insurgent", "rebel", "terrorist",
                         "extremist", "paramilitary", "terror"})


def fitter(head, noun: str, country: str | None = None):
    """A test ``fit(ent) -> bool`` of the organizations the description headed by ``head``
    (its noun ``noun``) may stand for; ``noun`` empty for ``it``; ``country`` the country
    its owner is of, when the caller knows it (``Seoul's military``)."""
    kind = BODIES.get(noun, "")
    news = bool(noun) and any(c.dep_ in ("compound", "amod", "nmod")
                              and c.lower_ in NEWS_WORDS for c in head.children)
    if noun and not kind and any(c.dep_ in ("amod", "compound") and c.lower_ in _ARMS_WORDS
                                 for c in head.children):
        kind = "ArmedGroup"  # "the armed group", "the militant group": no alliance nor agency
    if country is None:
        country = nation(head) if noun else None

    def fit(ent) -> bool:
        if ent.broad != "Organization":
            return False
        if country is not None and of_other_nation(ent, country):
            return False
        if not noun:
            return True
        if news:
            return ent.kind == "NewsMediaOrganization"
        if named(ent, noun):
            return True
        if noun in NON_STATE and ent.kind in STATE_KINDS:
            return False
        if noun == "administration":  # "the administration": the government named so
            return named(ent, "government")
        if noun in NAMED_ONLY:
            return False
        return not kind or ent.kind == kind
    return fit


__all__ = ["fitter", "fits", "named", "nation", "of_other_nation", "NEWS_WORDS", "NAMED_ONLY",
           "NON_STATE"]
