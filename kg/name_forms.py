"""Names: spelling-tolerant keys, titles in front of names, surface variants of an alias.

>>> name_key("Haider al-Abadi") == name_key("Haider Abadi") == "haider-abadi"
True
>>> name_key("Qais al-Khaza’ali") == name_key("Qais al-Khazali")
True
>>> name_key("the Pentagon"), name_key("ISIS'"), name_key("U.S.")
('pentagon', 'isis', 'us')
>>> strip_titles("Lt Gen Abdul Wahab al-Saadi")
'Abdul Wahab al-Saadi'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Mapping, Sequence

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'",
                         "′": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_SPLIT = re.compile(r"[^\w']+|_", re.UNICODE)
_PARTICLES = frozenset({"al", "el", "ul"})
_LONG_A = re.compile(r"(?<=\w)aa+")
_SUFFIXES = frozenset({"ii", "iii", "iv"})
#: suffixes that tell a son from his father of the same name: they stay in the key
_GENERATIONS = frozenset({"jr", "sr"})
_ARTICLES = frozenset({"the", "a", "an"})

#: Words of a title in front of a person's name.
TITLES = frozenset("""
mr mrs ms miss dr prof professor sir dame lord lady
gen general lt lieutenant col colonel maj major brig brigadier capt captain cpt sgt sergeant
adm admiral cmdr commander cdr gov governor sen senator rep representative amb ambassador
president vice prime minister pm premier chancellor secretary deputy chief spokesman ag dni
chair chairman chairwoman chairperson
mp mep mpp mla msp mna taoiseach mayor
coun councillor councilor cllr councilman councilwoman alderman ald hon honourable honorable
const constable cst det detective insp inspector supt superintendent cpl corporal commr
principal treasurer ombudsman trustee consul provost
spokeswoman spokesperson king queen prince princess crown emir sheikh sheik shaykh sultan
ayatollah grand imam mullah cleric judge justice pope pres
monsignor msgr archbishop bishop cardinal patriarch rabbi reverend rev pastor
defense defence foreign interior state army air navy staff lt.-gen maj.-gen brig.-gen
""".split())
_TITLE_GLUE = frozenset({"of", "the", "-", "&", "and"})


def fold(text: str) -> str:
    """``text`` without diacritics, with one kind of apostrophe and hyphen."""
    if text.isascii():
        return text.replace("`", "'")
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


# ASCII letters and digits kept (lower-cased), dots and apostrophes dropped, the rest a space
_ASCII = bytes(c if chr(c).isalnum() else 32 for c in range(128)).lower() + bytes(range(128, 256))


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A spelling-tolerant key for a name: the slug of its normalized words.

    Case, diacritics, a leading article, a trailing possessive, dots,
    apostrophes, the Arabic article (al-/el-), middle initials, a
    regnal number ("II") and a doubled "a" inside a word do not count; "Jr."
    and "Sr." at the end do, and tell a son from his father:

    >>> name_key("Donald Trump Jr."), name_key("Donald Trump, Jr."), name_key("Henry Ford II")
    ('donald-trump-jr', 'donald-trump-jr', 'henry-ford')
    """
    text = fold(text).casefold().strip().rstrip(" .,;:")
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    if text.isascii():
        words = text.encode("ascii").translate(_ASCII, b".'").decode("ascii").split()
    else:
        words = [w for w in _SPLIT.split(text.replace(".", "").replace("'", "")) if w]
    while len(words) > 1 and words[0] in _ARTICLES:
        words.pop(0)
    last = len(words) - 1
    core = [w for i, w in enumerate(words) if w not in _PARTICLES and w not in _SUFFIXES
            and not (0 < i < last and len(w) == 1)
            and not (w in _GENERATIONS and (i < last or i == 0))]
    key = "-".join(core or words)
    if "aa" in key:  # Arabic long a inside a word: "Sha'abi" = "Shaabi" = "Shabi"
        key = _LONG_A.sub("a", key)
    return key or "x"


def title_words(words: Sequence[str]) -> int:
    """How many leading ``words`` form a title ("Lt Gen", "Prime Minister", "Reps.")."""
    n = 0
    i = 0
    while i < len(words) - 1:
        w = words[i].lower().rstrip(".")
        if w in TITLES or words[i].endswith("s.") and w[:-1] in TITLES:  # "Sens.", "Reps."
            i += 1
            n = i
        elif w in _TITLE_GLUE and n:
            i += 1
        else:
            break
    return n


def strip_titles(text: str) -> str:
    """``text`` without leading titles; never empty."""
    words = text.split()
    n = title_words(words)
    return " ".join(words[n:]) if n else text


# -- surface variants --------------------------------------------------------

_COMMON = frozenset("""
forces force army military ministry ministries department office agency agencies council
government police guard guards corps command brigade brigades militia militias units unit
front party movement organization organisation center centre service services news security
defense defence interior foreign affairs general staff armed air special intelligence
revolutionary coalition governorate province region district committee commission network
press radio television broadcasting observatory task federal national republican
""".split())
_AL = re.compile(r"\b([Aa]l|[Ee]l)-(?=[A-Z])")


def variants(alias: str, kind: str, possessive: Mapping[str, Sequence[str]] = {}) -> list[str]:
    """The forms of ``alias`` the ruler matches (see :meth:`Gazetteer.surface_forms`).

    >>> variants("Asa'ib Ahl al-Haq", "ArmedGroup")[:4]
    ["Asa'ib Ahl al-Haq", 'Asa’ib Ahl al-Haq', "Asa'ib Ahl Al-Haq", 'Asa’ib Ahl Al-Haq']
    >>> "Iraqi Security Forces" in variants("Iraqi security forces", "Military")
    True
    """
    forms = [alias]

    def add(new: list[str]) -> None:
        for f in new:
            if f not in forms:
                forms.append(f)

    if "'" in alias or "’" in alias:
        add([f.replace("'", "’") for f in forms] + [f.replace("’", "'") for f in forms])
    if _AL.search(alias):
        add([_AL.sub(lambda m: _swap_case(m.group(1)) + "-", f) for f in forms])
        add([_AL.sub(lambda m: m.group(1) + " ", f) for f in forms])
    words = alias.split(" ")
    if kind not in ("Person",) and len(words) > 1 and any(w.lower() in _COMMON for w in words[1:]):
        lower = [w.lower() if i and w.lower() in _COMMON else w for i, w in enumerate(words)]
        upper = [w.capitalize() if i and w.lower() in _COMMON else w for i, w in enumerate(words)]
        add([" ".join(lower), " ".join(upper)])
    for f in list(forms):
        if f.startswith("US "):
            add(["U.S. " + f[3:]])
        elif f.startswith("U.S. "):
            add(["US " + f[5:]])
    if kind != "Country":
        for f in list(forms):
            first, _, rest = f.partition(" ")
            if rest and first in possessive:
                for country in possessive[first]:
                    add([f"{country}'s {rest}", f"{country}’s {rest}"])
    return forms


def _swap_case(word: str) -> str:
    return word[0].swapcase() + word[1:]


_GIVEN_HYPHENATED = re.compile(r"[A-Z][a-z]+-[a-z]+")


def family_name_first(name: str) -> bool:
    """Whether a person's name of two words puts the family name first, as Korean names do
    with a hyphenated given name ("Park Won-soon", "Ban Ki-moon": "Park", "Ban"); a hyphenated
    Western surname capitalises both halves ("Ocasio-Cortez").

    >>> family_name_first("Park Won-soon"), family_name_first("Alexandria Ocasio-Cortez")
    (True, False)
    """
    words = name.split()
    return len(words) == 2 and _GIVEN_HYPHENATED.fullmatch(words[1]) is not None


def name_rank(name: str) -> tuple:
    """Orders the names given to one entity; the greatest is its canonical name.

    A name not shouted in capitals beats one that is, then the longer, the
    one with more accented letters, the one with more capitals, and finally
    the greater string: a total order, so that the choice never depends on
    which article gave which name first.

    >>> max(["CHARLES", "Charles"], key=name_rank), max(["Nafta", "NAFTA"], key=name_rank)
    ('Charles', 'NAFTA')
    >>> max(["Leon Panetta", "Leon E. Panetta"], key=name_rank)
    'Leon E. Panetta'
    """
    letters = [c for c in name if c.isalpha()]
    shouted = bool(letters) and all(c.isupper() for c in letters) and (
        len(letters) > 5 or " " in name.strip())
    return (not shouted, len(name), sum(not c.isascii() for c in letters),
            sum(c.isupper() for c in letters), name)


#: English given names and their common short forms ("Joseph Crowley" ... "Joe Crowley")
_SHORT_FORMS = {
    "joseph": "joe", "william": "bill will billy", "michael": "mike", "james": "jim jimmy jamie",
    "robert": "bob bobby rob", "thomas": "tom tommy", "richard": "dick rick rich",
    "charles": "chuck charlie", "david": "dave", "daniel": "dan danny", "steven": "steve",
    "stephen": "steve", "christopher": "chris", "matthew": "matt", "anthony": "tony",
    "andrew": "andy drew", "edward": "ed ted eddie", "theodore": "ted teddy",
    "jeffrey": "jeff", "gregory": "greg", "ronald": "ron", "donald": "don", "kenneth": "ken",
    "samuel": "sam", "benjamin": "ben", "nicholas": "nick", "peter": "pete",
    "alexander": "alex", "elizabeth": "liz beth betsy", "katherine": "kate kathy katie",
    "catherine": "kate cathy", "patrick": "pat", "patricia": "pat patty", "susan": "sue",
    "jennifer": "jen jenny", "rebecca": "becky", "margaret": "meg peggy maggie",
    "timothy": "tim", "lawrence": "larry", "gerald": "jerry", "joshua": "josh",
    "jonathan": "jon", "zachary": "zach", "nathaniel": "nate", "frederick": "fred",
    "leonard": "len", "raymond": "ray", "walter": "walt", "philip": "phil",
    "douglas": "doug", "victoria": "vicky", "deborah": "debbie deb", "barbara": "barb",
    "christine": "chris", "kimberly": "kim", "abigail": "abby",
}
_FORMS: dict[str, frozenset[str]] = {}
for _formal, _shorts in _SHORT_FORMS.items():
    for _w in (_formal, *_shorts.split()):
        _FORMS[_w] = _FORMS.get(_w, frozenset({_w})) | {_formal}


def same_given_name(a: str, b: str) -> bool:
    """Whether two given names may be one person's, one a common short form of the other
    (or both of one name).

    >>> same_given_name("Joe", "Joseph"), same_given_name("bill", "will")
    (True, True)
    >>> same_given_name("Joe", "James"), same_given_name("Hillary", "Hillary")
    (False, True)
    """
    a, b = a.lower(), b.lower()
    return a == b or bool(_FORMS.get(a, frozenset({a})) & _FORMS.get(b, frozenset({b})))
