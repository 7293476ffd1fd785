"""``kg serve``: a SPARQL 1.1 Protocol endpoint over the store (read-only, loopback by default)."""

from __future__ import annotations

import os
import sys

from . import add_store, error, open_for

TOKEN_ENV = "KG_SERVE_TOKEN"


def register(sub) -> None:
    p = sub.add_parser(
        "serve", help="serve the store as a SPARQL endpoint over HTTP",
        description="Answer SPARQL queries over HTTP at /sparql (SPARQL 1.1 Protocol: GET ?query=, "
                    "POST form or application/sparql-query); results as JSON, XML, CSV or TSV, "
                    "graphs as Turtle, N-Triples, JSON-LD or RDF/XML, by Accept header. "
                    "Read-only and on loopback unless told otherwise; SERVICE is refused; queries run in "
                    "worker processes stopped at the time and memory limits.")
    add_store(p)
    p.add_argument("--host", default="127.0.0.1",
                   help="interface to listen on (default 127.0.0.1; anything else is reachable "
                        "from other machines)")
    p.add_argument("--port", type=int, default=7878, help="port (default 7878; 0 picks a free one)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="time limit per query (default 30; 0 = none); over it: 503")
    p.add_argument("--max-rows", type=int, default=10_000, metavar="N",
                   help="largest result served, rows or triples (default 10000; 0 = no limit); "
                        "a larger result is refused with a message, never cut")
    p.add_argument("--workers", type=int, default=0, metavar="N",
                   help="queries evaluated at once, each in its own process (default: one per core)")
    p.add_argument("--max-memory", type=int, default=1024, metavar="MiB",
                   help="memory one query may use (default 1024; 0 = no cap); over it: 500 and a "
                        "message")
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="a host name clients may use besides localhost, 127.0.0.1, [::1] and the "
                        "--host address (repeatable; '*' allows any: only behind a proxy that "
                        "checks it)")
    p.add_argument("--allow-update", action="store_true",
                   help="accept SPARQL Update from clients that send the token")
    p.add_argument("--token", default=None, metavar="T",
                   help=f"bearer token required for updates (default: ${TOKEN_ENV})")
    p.add_argument("--quiet", "-q", action="store_true", help="no per-request log on stderr")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..server import Config, is_loopback, make_server
    from ..terminal import printable

    token = args.token if args.token is not None else os.environ.get(TOKEN_ENV, "")
    if args.allow_update and not token:
        error(f"--allow-update needs a token: --token T or ${TOKEN_ENV}")
        return 2
    if token and not args.allow_update:
        error("--token is only used with --allow-update")
        return 2
    if (args.timeout < 0 or args.max_rows < 0 or args.workers < 0 or args.max_memory < 0
            or not 0 <= args.port <= 65535):
        error("--timeout, --max-rows, --workers and --max-memory must be >= 0, --port 0..65535")
        return 2
    config = Config(timeout=args.timeout, max_rows=args.max_rows, workers=args.workers,
                    memory=args.max_memory << 20, hosts=tuple(args.allow_host),
                    allow_update=args.allow_update, token=token)
    store = open_for(args, read_only=not args.allow_update)
    try:
        try:
            server = make_server(store, host=args.host, port=args.port, config=config,
                                 log=not args.quiet)
        except OSError as exc:
            error(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
            return 1
        if not is_loopback(args.host):
            print(f"kg: warning: listening on {printable(args.host)}: the endpoint is reachable from other "
                  f"machines, over plain HTTP", file=sys.stderr)
        mode = "updates with token" if args.allow_update else "read-only"
        runner = server.endpoint.runner
        if not runner.pids():
            server.server_close()
            error(f"no query worker could start: {runner.failure or 'unknown reason'}")
            return 1
        workers = f"{runner.size} query worker" + ("s" if runner.size != 1 else "")
        print(f"kg: serving {printable(store.location)} at {printable(server.url)} "
              f"({mode}; {workers}; Ctrl-C stops)",
              file=sys.stderr, flush=True)
        if runner.network_denied is False:
            print("kg: warning: query workers could not be denied the network on this system "
                  "(SERVICE is still refused by the parser)", file=sys.stderr)
        _stop_on_sigterm()
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    finally:
        store.close()
    return 0


def _stop_on_sigterm() -> None:
    """SIGTERM stops the server like Ctrl-C does (the store is closed on the way out)."""
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
