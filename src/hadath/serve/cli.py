"""`hadath serve`: run the explorer over a store. Registered by the main CLI through ``add_parser``."""

from __future__ import annotations

import argparse
import sys

from hadath.store.db import DEFAULT_DB


def add_parser(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("serve", help="browse the event store: REST API and offline web dashboard")
    s.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB store, opened read-only (default: {DEFAULT_DB})")
    s.add_argument("--host", default="127.0.0.1",
                   help="interface to bind (default: loopback only; anything else exposes the store to the network)")
    s.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    s.set_defaults(func=cmd_serve)


def cmd_serve(args) -> int:
    import uvicorn

    from hadath.serve.app import LOOPBACK_HOSTS, create_app

    hosts = list(LOOPBACK_HOSTS)
    if args.host not in hosts:
        print(f"hadath: warning: serving on {args.host}, not loopback: anyone who can reach it can read the store",
              file=sys.stderr)
        hosts = ["*"] if args.host in ("0.0.0.0", "::") else hosts + [args.host]
    app = create_app(args.db, allowed_hosts=hosts)
    print(f"hadath explorer on http://{args.host}:{args.port}/ (store {args.db}, read-only)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
