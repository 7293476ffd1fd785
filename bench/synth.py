"""A synthetic store shaped like kg's: seeded, any size.

Articles, sentences, mentions, entities with aliases (people, organizations,
places with coordinates), claims with speakers and unnamed sources are made
as :mod:`kg.model` records and turned into quads by :func:`kg.rdf.article_quads`,
so the synthetic graph has exactly the shape a real build writes.  Entity
popularity follows a Zipf law, as in news: a few actors are everywhere, most
appear once or twice.  Same seed, same quads.

    python bench/synth.py --triples 1000000 --out /tmp/kg-bench/synth-1m

writes ``store/`` (a kg oxigraph store) and ``data.nq`` (the same quads as
N-Quads, for other engines) under ``--out`` and prints what it made.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.model import Article, Claim, Entity, Extraction, Mention, Sentence  # noqa: E402

_SYLLABLES = ("al", "ba", "dar", "el", "fa", "gha", "ha", "ib", "ja", "ka", "lu", "ma", "na",
              "or", "qa", "ra", "sa", "ta", "um", "va", "wa", "ya", "za", "mir", "sor", "ten",
              "vik", "lor", "den", "han", "kor", "bel", "mun", "ris", "tov", "ane", "ost")
_WORDS = ("the", "of", "and", "to", "in", "a", "on", "for", "that", "with", "said", "forces",
          "government", "officials", "city", "after", "were", "against", "attack", "talks",
          "people", "border", "military", "president", "minister", "week", "report", "group",
          "region", "killed", "support", "agreement", "security", "election", "troops", "aid",
          "was", "by", "from", "has", "have", "would", "could", "new", "local", "united")
_ORG_HEADS = ("Ministry", "Council", "Front", "Army", "Party", "Agency", "Union", "Brigade",
              "Committee", "Movement", "News", "Authority")
_CUES = ("said", "told", "added", "warned", "claimed", "announced", "denied")
_UNNAMED = ("a witness", "the official", "an aide", "a resident", "sources", "a spokesman")
_ORG_KINDS = ("Organization", "GovernmentOrganization", "NewsMediaOrganization", "ArmedGroup",
              "Military")
_PLACE_KINDS = ("Country", "City", "AdministrativeArea", "Place")


@dataclass(frozen=True)
class Actor:
    key: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    wikidata: str | None
    lat: float | None
    lon: float | None
    country: str | None


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(n)).capitalize()


def make_actors(n: int, rng: random.Random) -> list[Actor]:
    """``n`` distinct actors and places with canonical names and aliases."""
    actors: list[Actor] = []
    used: set[str] = set()
    countries: list[str] = []
    while len(actors) < n:
        r = rng.random()
        i = len(actors)
        if r < 0.4:
            first, last = _word(rng, 2), _word(rng, rng.randint(2, 3))
            name = f"{first} {last}"
            kind = "Person"
            aliases = (name, last, f"Mr. {last}" if rng.random() < 0.5 else f"{first[0]}. {last}")
        elif r < 0.7:
            stem = _word(rng, rng.randint(2, 3))
            name = f"{stem} {rng.choice(_ORG_HEADS)}"
            kind = rng.choice(_ORG_KINDS)
            acronym = "".join(w[0] for w in name.split()).upper() + stem[1].upper()
            aliases = (name, acronym, f"the {name}")
        else:
            name = _word(rng, rng.randint(2, 4))
            kind = _PLACE_KINDS[0] if len(countries) < 60 and rng.random() < 0.3 else rng.choice(_PLACE_KINDS[1:])
            aliases = (name, name.upper()) if rng.random() < 0.1 else (name,)
        if name in used:
            continue
        used.add(name)
        key = f"{name.lower().replace(' ', '-').replace('.', '')}-{i}"
        geo = kind in _PLACE_KINDS
        if kind == "Country":
            countries.append(key)
        actors.append(Actor(
            key=key, name=name, kind=kind, aliases=tuple(dict.fromkeys(aliases)),
            wikidata=f"Q{100000 + i}" if rng.random() < 0.5 else None,
            lat=round(rng.uniform(-60, 70), 4) if geo else None,
            lon=round(rng.uniform(-170, 170), 4) if geo else None,
            country=rng.choice(countries) if geo and kind != "Country" and countries else None))
    return actors


def _zipf_weights(n: int, s: float = 1.1) -> list[float]:
    return [1.0 / (i + 1) ** s for i in range(n)]


def synth_articles(n_articles: int, *, seed: int = 0, n_actors: int | None = None,
                   sentences: tuple[int, int] = (25, 50)) -> Iterator[tuple[Article, Extraction]]:
    """``n_articles`` (article, extraction) pairs whose every span slices its text."""
    rng = random.Random(seed)
    actors = make_actors(n_actors or max(200, n_articles * 4), rng)
    weights = _zipf_weights(len(actors))
    persons = [a for a in actors if a.kind == "Person"]
    person_w = _zipf_weights(len(persons))
    publishers = [f"{_word(rng, 2)} {rng.choice(('Times', 'Post', 'News', 'Herald'))}" for _ in range(40)]
    authors = [f"{_word(rng, 2)} {_word(rng, 2)}" for _ in range(300)]
    start_date = dt.date(2012, 1, 1)
    for ai in range(n_articles):
        parts: list[str] = []
        pos = 0
        sents: list[Sentence] = []
        found: dict[str, list[Mention]] = {}
        claims: list[Claim] = []
        by_key = {}

        def put(text: str) -> tuple[int, int]:
            nonlocal pos
            parts.append(text)
            start = pos
            pos += len(text)
            return start, pos

        for si in range(rng.randint(*sentences)):
            s_start = pos
            words = [rng.choice(_WORDS) for _ in range(rng.randint(12, 28))]
            words[0] = words[0].capitalize()
            n_mentions = rng.choices((0, 1, 2, 3), weights=(2, 4, 3, 1))[0]
            slots = sorted(rng.sample(range(1, len(words)), min(n_mentions, len(words) - 1)))
            claim = rng.random() < 0.18
            speaker_span = None
            speaker_key = None
            if claim:
                who = rng.choices(persons, weights=person_w)[0] if rng.random() < 0.75 else None
                if who is not None:
                    alias = rng.choice(who.aliases)
                    a, b = put(alias)
                    found.setdefault(who.key, []).append(Mention(
                        start=a, end=b, text=alias, sentence=si, label="PERSON", kind=who.kind, key=who.key))
                    by_key[who.key] = who
                    speaker_span, speaker_key = (a, b, alias), who.key
                else:
                    desc = rng.choice(_UNNAMED).capitalize()
                    a, b = put(desc)
                    speaker_span = (a, b, desc)
                cue = rng.choice(_CUES)
                put(" ")
                cue_start, cue_end = put(cue)
                put(" ")
            c_start = pos
            about: set[str] = set()
            for wi, w in enumerate(words):
                if wi:
                    put(" ")
                if slots and wi == slots[0]:
                    slots.pop(0)
                    act = rng.choices(actors, weights=weights)[0]
                    alias = rng.choice(act.aliases)
                    a, b = put(alias)
                    label = "PERSON" if act.kind == "Person" else ("GPE" if act.kind in _PLACE_KINDS else "ORG")
                    found.setdefault(act.key, []).append(Mention(
                        start=a, end=b, text=alias, sentence=si, label=label, kind=act.kind, key=act.key))
                    by_key[act.key] = act
                    about.add(act.key)
                else:
                    put(w)
            c_end = pos
            put(".")
            if claim:
                text = "".join(parts)[c_start:c_end]
                claims.append(Claim(
                    start=c_start, end=c_end, text=text, kind="reported" if rng.random() < 0.6 else "direct",
                    sentence=si, cue=cue, cue_start=cue_start, cue_end=cue_end,
                    speaker=speaker_span[2], speaker_start=speaker_span[0], speaker_end=speaker_span[1],
                    speaker_key=speaker_key, about=tuple(sorted(about))))
            sents.append(Sentence(index=si, start=s_start, end=pos, text="".join(parts)[s_start:pos]))
            put(" " if rng.random() < 0.7 else "\n\n")
        text = "".join(parts)
        entities = []
        for key, ms in found.items():
            act = by_key[key]
            entities.append(Entity(
                key=key, name=act.name, kind=act.kind, aliases=tuple(sorted({m.text for m in ms})),
                mentions=tuple(ms), wikidata=act.wikidata, latitude=act.lat, longitude=act.lon,
                country=act.country))
        ident = f"synth-{seed}-{ai:07d}"
        n_auth = rng.choices((0, 1, 2), weights=(3, 6, 1))[0]
        article = Article(
            identifier=ident, text=text, source=f"synth/{ident}.txt",
            title=" ".join(rng.choice(_WORDS) for _ in range(8)).capitalize(),
            authors=tuple(rng.sample(authors, n_auth)), publisher=rng.choice(publishers),
            date=start_date + dt.timedelta(days=rng.randrange(3000)) if rng.random() < 0.88 else None,
            url=f"https://news.example/{ident}", regions=("Middle East",), themes=("world",),
            digest=f"{rng.getrandbits(128):032x}")
        yield article, Extraction(sentences=tuple(sents), entities=tuple(entities), claims=tuple(claims))


def synth_graphs(target_triples: int, *, seed: int = 0) -> Iterator[tuple[str, list]]:
    """``(graph IRI, quads)`` per synthetic article until about ``target_triples`` quads."""
    from kg import vocab as V
    from kg.rdf import article_quads

    # ~700 quads per article: size the actor pool to the article count
    n_articles = max(1, target_triples // 600)
    total = 0
    shared: set = set()  # entity descriptions: stored once however many articles repeat them
    for article, extraction in synth_articles(n_articles * 2, seed=seed, n_actors=max(200, n_articles * 4)):
        quads = article_quads(article, extraction, extractor="synth")
        iri = V.article_iri(article.identifier)
        yield iri, quads
        for q in quads:
            if q.graph_name.value == iri:
                total += 1
            elif q not in shared:
                shared.add(q)
                total += 1
        if total >= target_triples:
            return


def write(out: Path, target_triples: int, *, seed: int = 0, nquads: bool = True) -> dict:
    """Write ``out/store`` (kg oxigraph store) and ``out/data.nq``; return counts and timings."""
    import pyoxigraph as ox

    from kg.store import open_store

    out.mkdir(parents=True, exist_ok=True)
    store = open_store(out / "store")
    t0 = time.perf_counter()
    n_graphs = n_quads = 0
    gen_s = 0.0
    nq = open(out / "data.nq.tmp", "wb") if nquads else None
    try:
        it = synth_graphs(target_triples, seed=seed)
        while True:
            g0 = time.perf_counter()
            item = next(it, None)
            gen_s += time.perf_counter() - g0
            if item is None:
                break
            graph, quads = item
            store.replace_graph(graph, quads)
            if nq is not None:
                nq.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
            n_graphs += 1
    finally:
        if nq is not None:
            nq.close()
        n_quads = len(store)
        store.close()
    if nq is not None:
        (out / "data.nq.tmp").replace(out / "data.nq")
    seconds = time.perf_counter() - t0
    disk = sum(f.stat().st_size for f in (out / "store").rglob("*") if f.is_file())
    from kg.pipeline import EXTRACTOR_VERSION

    return {"graphs": n_graphs, "quads": n_quads, "seconds": seconds, "generate_s": gen_s,
            "disk_bytes_after_write": disk, "extractor": EXTRACTOR_VERSION}


def ensure(out: Path, target_triples: int, *, seed: int = 0) -> Path:
    """``out`` holding a synthetic store of ``target_triples`` (made once, then reused)."""
    from kg.pipeline import EXTRACTOR_VERSION

    done = out / "DONE"
    if not done.exists() or json.loads(done.read_text()).get("extractor") != EXTRACTOR_VERSION:
        import shutil

        if out.exists():
            shutil.rmtree(out)
        done.write_text(json.dumps(write(out, target_triples, seed=seed)) + "\n")
    return out


def info(out: Path) -> dict:
    """What :func:`write` reported for the store under ``out``."""
    return json.loads((out / "DONE").read_text())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--triples", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args(argv)
    made = write(args.out, args.triples, seed=args.seed)
    (args.out / "DONE").write_text(json.dumps(made) + "\n")
    print(f"{made['graphs']} article graphs, {made['quads']} quads in {made['seconds']:.1f}s "
          f"({made['quads'] / made['seconds']:.0f} quads/s incl. generation {made['generate_s']:.1f}s) "
          f"→ {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
