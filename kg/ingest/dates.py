"""Publication dates as written by news sites and data sets.

>>> parse_date("2018-07-25")
datetime.date(2018, 7, 25)
>>> parse_date("7/25/2018"), parse_date("25/7/2018")
(datetime.date(2018, 7, 25), datetime.date(2018, 7, 25))
>>> parse_date("July 25, 2018"), parse_date("November 09, 2017")
(datetime.date(2018, 7, 25), datetime.date(2017, 11, 9))
>>> parse_date("2016-09-20T14:03:00Z"), parse_date("Wed 05 Apr 2017")
(datetime.date(2016, 9, 20), datetime.date(2017, 4, 5))
>>> parse_date("2018-02-31")
Traceback (most recent call last):
...
ValueError: not a valid date: '2018-02-31' (day is out of range for month)
"""

from __future__ import annotations

import datetime as _dt
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
MONTH_PATTERN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
)
_TIME = (
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:[A-Z]{2,5}|Z|[+-]\d{2}:?\d{2}))?)?"
)
# A date anywhere in a line (used to find datelines); groups name the parts.
DATE_IN_TEXT = re.compile(
    _WEEKDAY
    + r"(?:"
    + r"(?P<iso>\d{4}-\d{1,2}-\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    + r"|(?P<mdy>(?P<m1>" + MONTH_PATTERN + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4}))"
    + r"|(?P<dmy>(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>" + MONTH_PATTERN + r"),?\s+(?P<y2>\d{4}))"
    + r"|(?P<slash>(?P<a3>\d{1,2})/(?P<b3>\d{1,2})/(?P<y3>\d{4}|\d{2}))(?![\d/])"
    + r")"
    + _TIME,
    re.IGNORECASE,
)
_WHOLE = re.compile(r"\s*(?:" + DATE_IN_TEXT.pattern + r")\s*", re.IGNORECASE)


def parse_date(value: object) -> _dt.date:
    """The date that ``value`` names; :class:`ValueError` (one line) if none.

    Accepts :class:`datetime.date`/``datetime`` objects and strings: ISO dates
    and datetimes, ``M/D/YYYY`` (``D/M/YYYY`` when the first number cannot be
    a month), ``M/D/YY``, ``Month D, YYYY`` and ``D Month YYYY`` (with an
    optional weekday and time).

    >>> parse_date("Sept. 3rd, 2019"), parse_date("3 March 2020")
    (datetime.date(2019, 9, 3), datetime.date(2020, 3, 3))
    >>> parse_date("10/24/16")
    datetime.date(2016, 10, 24)
    >>> parse_date("soon")
    Traceback (most recent call last):
    ...
    ValueError: not a date: 'soon'
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    match = _WHOLE.fullmatch(text)
    if match is None:
        raise ValueError(f"not a date: {_shown(text)}")
    try:
        return date_from_match(match)
    except ValueError as err:
        raise ValueError(f"not a valid date: {_shown(text)} ({err})") from None


def date_from_match(match: re.Match[str]) -> _dt.date:
    """The date of a :data:`DATE_IN_TEXT` match (``ValueError`` if impossible)."""
    if match.group("iso"):
        year, month, day = (int(part) for part in match.group("iso").split("-"))
    elif match.group("mdy"):
        year, day = int(match.group("y1")), int(match.group("d1"))
        month = MONTHS[match.group("m1").rstrip(".").lower()]
    elif match.group("dmy"):
        year, day = int(match.group("y2")), int(match.group("d2"))
        month = MONTHS[match.group("m2").rstrip(".").lower()]
    else:
        first, second = int(match.group("a3")), int(match.group("b3"))
        year_text = match.group("y3")
        year = int(year_text)
        if len(year_text) == 2:  # the POSIX %y pivot
            year += 2000 if year < 69 else 1900
        month, day = (second, first) if first > 12 >= second else (first, second)
    return _dt.date(year, month, day)


def _shown(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:59] + "…")
