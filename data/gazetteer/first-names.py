"""Write ``first-names.tsv``: first names that tell a gender, from nomquamgender's data.

nomquamgender 0.1.4 (Ian Van Buskirk, MIT licence) gathers, for each given name, how many
people of 33 name-gender sources bore it and the share of them gendered female.  kg keeps
the names that are clear (a share of 3% or less, or 97% or more), common (borne by 500
people or more, in 8 sources or more) and written in plain letters; kg reads the table to
guess the person a ``he`` or ``she`` refers to where the article gives no other hint.

    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg
    unzip -o /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl -d /tmp/nqg/x
    python data/gazetteer/first-names.py /tmp/nqg/x/nomquamgender/name_data.json
"""

import json
import re
import sys
from pathlib import Path

HEADER = """\
# First names that tell a gender (m or f), one per line.  Derived by first-names.py from
# nomquamgender 0.1.4, name_data.json.  Kept: a share gendered female of at most 0.03 (m)
# or at least 0.97 (f), 500 bearers or more, 8 sources or more.
#
# Copyright (c) 2022 Ian Van Buskirk
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of this
# software and associated documentation files (the "Software"), to deal in the Software
# without restriction, including without limitation the rights to use, copy, modify, merge,
# publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
# to whom the Software is furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
# INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
# PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
# FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
# OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
# DEALINGS IN THE SOFTWARE.
"""


def main(source: str) -> None:
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    rows = []
    for name, (sources, counts, p_female, *_rest) in data.items():
        if not re.fullmatch(r"[a-z][a-z\-]+", name) or counts < 500 or sources < 8:
            continue
        if p_female <= 0.03:
            rows.append(f"{name}\tm")
        elif p_female >= 0.97:
            rows.append(f"{name}\tf")
    out = Path(__file__).with_name("first-names.tsv")
    out.write_text(HEADER + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{out}: {len(rows)} names")


if __name__ == "__main__":
    main(sys.argv[1])
