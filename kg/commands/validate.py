"""``kg validate``: check the store against the SHACL shapes."""

from __future__ import annotations

from . import add_store, store_for


def register(sub) -> None:
    p = sub.add_parser("validate", help="validate the store against kg's SHACL shapes")
    add_store(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from ..validate import validate_store

    with store_for(args, read_only=True) as store:
        result = validate_store(store)
    if result.conforms:
        print("valid: the store conforms to kg's SHACL shapes")
        return 0
    print(result.report)
    print(f"invalid: {result.violations} violation(s)")
    return 1
