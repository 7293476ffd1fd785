"""Claims: direct quotes and reported speech, with their speakers.

A claim is *what* is said (an exact span of the text), *who* says it (the
speaker phrase as written, resolved to an entity when the text allows) and
the *cue* that says so (``said``, ``according to``, ``X's claim that``).

Cues come from the dependency parse:

* **speech and cognition verbs** (``say``, ``tell``, ``warn``, ``believe``,
  ``point out`` ...) with their clausal complement; the speaker is the
  verb's subject — or, for a participle or coordinated verb without one
  (``..., adding that``), the subject of the verb it hangs on; a relative
  pronoun (``Trump, who said``) stands for its antecedent;
* **stance and topic verbs** with their object: ``endorsed Sanders``,
  ``accused Trump of lying``, ``called the deal "a disaster"``, ``talked
  about the wall``, and verbs with an infinitive (``vowed to retaliate``,
  ``urged Congress to act``, ``declined to comment``); verbs of physical
  action that double as stance verbs in war news (``attack``, ``defend``)
  are left out;
* ``according to X``: the clause it modifies, spoken by ``X``;
* **nominal cues**: ``X's claim that ...``, ``X's declaration of victory``,
  ``a statement by X that ...``, ``his call for a ban``, ``her plan to cut taxes``,
  ``in X's view, ...``, ``in a CBS News poll, ...`` (:mod:`kg.extract.nominal`);
* **a verb with a noun of speech or stance**: ``made the case that``, ``took issue
  with``, ``has doubts about``, ``raised concerns about``;
* **adjectives of stance** after a copula: ``X is critical of Y``, ``X is confident
  that ...``, ``X is eager to ...`` (a belief; ``it is clear that`` is nobody's);
* **a name and a colon**: ``Pew Research: "..."`` before a quote, and
  headline lines such as ``Kasich: We Are Going All The Way``;
* **a view held by those named with To**: ``To many, he is a provocateur``;
* **the noun a relative clause takes a stand on**: ``the toll, which Whitfield opposed``,
  ``Florida, which he describes as his second home``, ``everything Trump says``;
* **a verb of saying set off by a comma** where the parser made it no complement:
  ``..., police said.``, ``In both cases, Eric Trump said, the donations paid ...``;
* **what a naming verb calls in a short quote** the parser lost: ``called Rubio "Little
  Marco"``.

A cue's content never crosses a paragraph break, never holds the speaker
phrase, and a clause fronted before its cue counts only after a comma, dash or
quote mark (``X, he said``; also where the parser took ``..., said the chief
executive`` for a clause of its own) or before a cue closing its sentence in a text whose
commas were stripped (``... were wounded a monitor said.``, ``... were wounded said the
Observatory.``).  A participle clause set before what it
hangs on (``Asked about X, Y said ...``, ``Trump, accused of lying, ...``) is
spoken by its ``by`` agent if it has one, never by the one it describes, who
was asked.  A finite cue the parser left without a subject takes the last name
of a person or organization before it in its sentence (``Alarmed by X, Senator
Harry Reid, the minority leader, said``), or the name set between a quote and it
(``"...," Conway notes``); one a causative verb brings to speak speaks (``led some to
speculate that``), and who issued the statement a participle hangs on speaks through it
(``Gowdy released a statement highlighting ...``) (:mod:`kg.extract.cuesubjects`).

Direct quotes are the passages between double quote marks
(:mod:`kg.extract.quotes`).  Each passage is attributed, in this order, to

1. the nearest cue of the same sentence outside the quote (``"...," he
   said`` / ``She said: "..."``), skipping a cue that introduces what
   *follows* it (``..." adding:``);
2. an introduction ending the previous paragraph (``X said:``, ``X would
   note:``, ``said over the past two years,``, ``saying``) when the passage
   opens its paragraph;
3. the speaker of the claim just before it, when it is at most two
   paragraphs back and no cue comes in between (a quote continued in the
   next paragraph, or after ``adding:``).

A paragraph without quote marks after an introduction ending in a colon is a
block quote (``CNN claims:``) and is a direct claim too.  Passages that read
as titles or names (title case, ``titled "..."``, ``so-called "..."``) and
short scare quotes are not claims.  A quote that lies inside reported speech
(``Trump said the plan was "a disaster"``) is part of that claim, not one of
its own; so is what a speaker says of itself (``Rubio said he opposes the
deal`` gives no second claim "opposes the deal" of Rubio's) and what it reports
of someone else (``Rubio said Cruz opposes the deal`` is Rubio's claim about
Cruz, not a claim of Cruz's: Cruz said nothing in the text).  A sentence
quoted in two pieces around its cue (``"Too often," he says, "they get it
wrong."``) is one claim, and so is a quotation run over
paragraphs with the closing mark left off each but the last: its ``parts``
are the pieces, its text the pieces joined.  Closed quotes in separate
sentences stay separate claims with the same speaker.  Content spans exclude
the quote marks and the complementizer ``that``.

Each claim has one act (:mod:`kg.extract.acts`): a statement, a belief or a
finding.  A claim needs a source in the text: the author's own inference
(``Facts indicate ...``) and what the reader is told (``you know that``) are
no claims, and ``X said, according to CNN`` is X's alone.

Speakers are resolved by :class:`kg.extract.speakers.Resolver` in text
order; a speaker that cannot be resolved is an unnamed source
(``speaker_key=None``, the ``speaker`` phrase as written, e.g. ``a cab
driver``).  An indefinite phrase (``an official in the coalition``)
introduces a new, unnamed source, unless the very next attribution names a
person described by the same body (``the spokesperson of the international
coalition, Myles Caggins``); a pronoun or description that follows an
unnamed source stays unnamed: a claim is never given a name the text does
not support.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator, Sequence

from ..model import Claim, Entity
from .acts import POSITION_VERBS, act, sourceless
from .context import Context, Cue
from .cues import _actor_names, _cues
from .cuewords import _SELF, COGNITION_VERBS, GERUND_VERBS, NOUN_CUES, SPEECH_VERBS, cue_lemma
from .drafts import _drafts
from .parenthetical import FINITE
from .speakers import Resolver
from .speakerwords import GENERIC_PERSON


def claims(doc, *, entities: Sequence[Entity] = ()) -> Iterator[Claim]:
    """Yield the claims of ``doc`` (direct quotes and reported speech) in text order.

    ``entities`` (from :func:`kg.extract.entities.link`) resolve speakers and
    ``about``; without them every speaker is left unresolved.
    """
    found = list(_claims(doc, entities))
    yield from _named_later(doc, found, {e.key: e for e in entities})


#: words of a speaker phrase that say nothing of whom it stands for
_PLAIN = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "source", "member",
                    "representative", "the", "a", "an", "of", "in", "for", "with", "who"})


def _named_later(doc, found: list[Claim], entities) -> list[Claim]:
    """``"...," said an official in the U.S.-led coalition. "...," the spokesperson of the
    international coalition, Myles Caggins, said``: an indefinite official whose very next
    speaker is a named person described in its sentence by the same body (a word of the
    phrase besides the role) is that person, introduced before being named."""
    out = list(found)
    for i, c in enumerate(out):
        if c.speaker_key is not None or c.speaker_start is None:
            continue
        span = doc.char_span(c.speaker_start, c.speaker_end, alignment_mode="expand")
        if span is None or not len(span) or span[0].lower_ not in ("a", "an"):
            continue
        if span.root.lemma_.lower() not in GENERIC_PERSON:
            continue
        words = {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN")} - _PLAIN
        nxt = next((d for d in out[i + 1:] if d.speaker_start != c.speaker_start), None)
        if not words or nxt is None or nxt.speaker_key is None or nxt.speaker_start is None:
            continue
        ent = entities.get(nxt.speaker_key)
        if ent is None or ent.broad != "Person":
            continue
        # the person's own name says no body ("a senior Trump administration official" is
        # not President Donald Trump)
        words -= {w.lower() for name in (ent.name, *ent.aliases) for w in name.split()}
        if not words:
            continue
        later = doc.char_span(nxt.speaker_start, nxt.speaker_end, alignment_mode="expand")
        if later is None or not len(later):
            continue
        # the named speaker with what its sentence says of it outside the quote
        around = {t.lemma_.lower() for t in later[0].sent
                  if not nxt.start <= t.idx < nxt.end
                  and not c.speaker_start <= t.idx < c.speaker_end}  # (not its own words)
        if not words & around:
            continue
        for k in range(i, len(out)):  # the claims of that speaker, continuations included
            d = out[k]
            if d.speaker_start == c.speaker_start and d.speaker_key is None:
                out[k] = replace(d, speaker_key=nxt.speaker_key)
    return out


def _claims(doc, entities: Sequence[Entity]) -> Iterator[Claim]:
    ctx = Context(doc, _actor_names(entities))
    cues = _cues(ctx)
    drafts = _drafts(ctx, cues)
    resolver = Resolver(doc, entities, ctx.para_of, lambda i: ctx.sidx[i], ctx.in_quote)
    text = ctx.text
    resolved: list[tuple[str, int, int, str | None] | None] = []
    said: list[tuple[int, int, str]] = []  # (start, end, speaker key) of claims yielded
    reports: list[tuple[int, int]] = []  # claims reporting what was said or thought
    # cue start -> the speaker of the direct quote it was first given
    by_cue: dict[int, tuple[str, int, int, str | None]] = {}
    for d in drafts:
        who = None
        # what was reported after a cue set inside it; its opening piece before the cue
        # ("Too often, he says, they ...") is part of the claim's text, not of these tests
        body = d.parts[-1][0] if d.kind == "reported" and d.parts else d.start
        if d.cue is not None and d.cue.head is not None and d.cue.sp is not None:
            s, e = d.cue.sp
            if d.kind == "direct" and d.cue.start in by_cue:
                # a second quote of one cue ('"A," X said. "B."'): X's, as the first
                who = by_cue[d.cue.start]
            elif d.kind == "reported" and any(a <= s and d.end <= b for a, b in reports):
                resolved.append(None)
                continue  # "Rubio said Cruz opposes it": Rubio's claim about Cruz, not Cruz's
            else:
                key = resolver.resolve(d.cue.head, s, e, body)
                if sourceless(d.kind, d.cue.kind, _lemma(d.cue), d.cue.head, key is not None,
                              quoted=resolver.in_quote(d.cue.head)):
                    resolved.append(None)
                    continue  # "Facts indicate ...": the author's own inference
                who = (" ".join(text[s:e].split()), s, e, key)  # furniture blanked: one space
                if d.kind == "direct":
                    by_cue.setdefault(d.cue.start, who)
            if not any(a <= s and e <= b for a, b, _ in said) \
                    and not _owned_object(d.cue):
                # a speaker inside what another said ("Obama said civic leaders must
                # recognize ...") is no antecedent for the next "he", nor the owner of a
                # noun another's clause acts on ("Cotton ..., attacking Obama's plans")
                resolver.record(s, who[3], d.cue.head, content=(body, d.end))
        elif d.source is not None and resolved[d.source] is not None:
            who = resolved[d.source]
            resolver.record(body, who[3], None, source=who[1])
        resolved.append(who)
        if who is None:
            continue
        c = d.cue
        head = c.head if c is not None else None
        if head is None and d.source is not None and drafts[d.source].cue is not None:
            head = drafts[d.source].cue.head
        lemma = _lemma(c)
        # words quoted as what the stand calls its object ('called the deal "premature"'),
        # not a term in scare quotes inside it ('hail this "final battle" as a victory')
        quoted = d.kind == "reported" and any(
            body <= p.start and d.end - 1 <= p.outer_end and p.end <= d.end
            for p in ctx.passages)
        kind_of_act = act(d.kind, c.kind if c else None, lemma, head, quoted=quoted,
                          clause=d.kind == "direct" or body > d.start
                          # (a cue set inside a sentence reports all of it)
                          or _directive(doc, lemma, body, d.end)
                          or _gerund_said(doc, lemma, body, d.end)
                          or (lemma not in POSITION_VERBS
                              and c.kind not in ("noun", "adjective")
                              and not _named_thing(doc, body, d.end))
                          or _clause(doc, body, d.end) and not _after_preposition(doc, body))
        if who[3] is not None and c is not None and d.kind == "reported" \
                and who[0].lower() in _SELF and any(
                    key == who[3] and s <= who[1] and d.end <= e for s, e, key in said):
            continue  # "Rubio said he opposes it": "opposes it" is part of what Rubio said
        said.append((body, d.end, who[3]))
        if d.kind == "reported" and lemma not in POSITION_VERBS:
            reports.append((body, d.end))  # not a stand ("Berg's claim was questioned")
        tok = doc.char_span(body, d.end, alignment_mode="expand")
        sentence = ctx.sidx[tok.start] if tok is not None and len(tok) else 0
        about = []
        for m, ent in resolver.mentions_in(d.start, d.end):
            key = ent.key
            if any(a <= m.start and m.end <= b for a, b in d.parts or [(d.start, d.end)]) \
                    and key not in about:
                about.append(key)
        parts = tuple(d.parts) if d.parts else ()
        comma = "," if d.kind == "direct" else ""  # (the commas around a cue set inside)
        said_text = " ".join(text[a:b] + (comma if text[b:b + 1] == "," else "")
                             for a, b in parts[:-1]) + " " + text[slice(*parts[-1])] \
            if parts else text[d.start:d.end]
        yield Claim(start=d.start, end=d.end, text=said_text, kind=d.kind, parts=parts,
                    sentence=sentence,
                    cue=text[c.start:c.end] if c else None,
                    cue_start=c.start if c else None, cue_end=c.end if c else None,
                    speaker=who[0], speaker_start=who[1], speaker_end=who[2],
                    speaker_key=who[3], about=tuple(about), act=kind_of_act)


def _owned_object(cue: Cue) -> bool:
    """Whether ``cue`` is a noun a person named as its owner has, that is the object of what
    another person named does (``Cotton ..., attacking Obama's plans``, ``Nunes dismissed
    Trump's comments``), not of what a thing does (``the ban grew out of Trump's demand``)
    or the owner does (``he retreats from his insistence``)."""
    tok = cue.tok
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if cue.kind != "noun" or tok.dep_ not in ("dobj", "pobj") or owner is None \
            or owner.pos_ != "PROPN":
        return False
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.i != verb.head.i:
        verb = verb.head
    for v in (verb, verb.head):  # a participle's subject is its clause's ("X was ...,
        # attacking ...")
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.ent_type_ == "PERSON" and subj.text not in owner.text \
                and owner.text not in subj.text
        if v.dep_ not in ("advcl", "xcomp", "conj"):
            return False
    return False


def _clause(doc, start: int, end: int) -> bool:
    """Whether the content ``[start, end)`` holds a finite verb (states something)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.tag_ in FINITE for t in span)


#: verbs that tell someone to do something (``urged Congress to act``, ``challenged the
#: premier to admit it``): said to that one, a statement
DIRECTIVES = frozenset({"urge", "challenge", "call", "press", "implore", "beg", "dare",
                        "invite", "tell", "order", "instruct", "advise", "ask", "warn",
                        "encourage", "exhort", "appeal", "plead"})


def _gerund_said(doc, lemma: str | None, start: int, end: int) -> bool:
    """Whether the content ``[start, end)`` of a verb of saying is a gerund that tells what
    happened (``reported hearing gunfire``, ``recalled seeing the gunman``)."""
    if lemma not in GERUND_VERBS:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 1 and span[0].tag_ == "VBG" \
        and span[0].dep_ == "xcomp" and cue_lemma(span[0].head) == lemma


def _directive(doc, lemma: str | None, start: int, end: int) -> bool:
    """Whether the content ``[start, end)`` of a verb telling someone to act is whom it
    tells and an infinitive (``the council to reopen the bridge``, ``called on Congress to
    act``)."""
    if lemma not in DIRECTIVES:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and span.start > 0 and doc[span.start - 1].lower_ != "on" \
            and _after_preposition(doc, start):
        return False
    if span is None or len(span) < 3 or span[0].lower_ == "to":
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "for":
        return False  # "called for the toll to be scrapped": a position
    return any(t.lower_ == "to" and t.i + 1 < span.end and doc[t.i + 1].tag_ == "VB"
               and t.i > span.start for t in span)


def _named_thing(doc, start: int, end: int) -> bool:
    """Whether the content ``[start, end)`` is a noun phrase with no verb (``victory over
    ISIS``, ``its elimination``, ``the situation in the Gulf``): a thing named, no clause."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return span.root.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and not any(
        t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG") for t in span) \
        or _after_preposition(doc, start) and not _clause(doc, start, end)


def _after_preposition(doc, start: int) -> bool:
    """Whether the content starting at ``start`` is the object of a preposition (``calls
    for more action``, ``critical of the deal``): what a stand is taken on, not a clause."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].i == 0:
        return False
    before = doc[span[0].i - 1]
    return before.pos_ == "ADP" and before.lower_ not in ("that", "as")


def _lemma(cue: Cue | None) -> str | None:
    if cue is None or cue.kind not in ("verb", "noun", "adjective"):
        return None
    return cue_lemma(cue.tok)


__all__ = ["claims", "SPEECH_VERBS", "COGNITION_VERBS", "NOUN_CUES"]
