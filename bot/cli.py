"""The `civic` command: run the platform, migrate its database, build data, run the emulator."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from pydantic import ValidationError

from core.config import Settings


def _settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors()
        )
        sys.exit(f"civic: configuration problem: {problems}")


def cmd_run(args: argparse.Namespace) -> int:
    from bot.runtime import serve

    return asyncio.run(serve(_settings()))


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from core.migrations import upgrade

    upgrade(_settings().database_url, args.revision)
    print("database is at", args.revision)
    return 0


def cmd_db_check(args: argparse.Namespace) -> int:
    from core.migrations import check

    check(_settings().database_url)
    print("models and migrations agree")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from bot.runtime import load_demo

    loaded = asyncio.run(load_demo(_settings()))
    print("demo data loaded" if loaded else "demo data was already there; nothing changed")
    return 0


def cmd_geo_import(args: argparse.Namespace) -> int:
    from bot.runtime import import_geography
    from core.errors import CivicError

    try:
        done = asyncio.run(import_geography(_settings(), args.source, args.attribution, args.name))
    except CivicError as exc:
        print(f"civic geo import: {exc}", file=sys.stderr)
        return 1
    print(f"imported {done.features} {done.kind}, skipped {done.skipped}: #{done.dataset_id}")
    return 0


def passthrough(argv: list[str]) -> int | None:
    """Commands with their own option parsers: `civic emulator ...`, `civic geo build ...`,
    `civic nlp ...`."""
    if argv[:1] == ["emulator"]:
        from bot.emulator.__main__ import main as emulator_main

        return int(emulator_main(argv[1:]) or 0)
    if argv[:2] == ["geo", "build"]:
        from nlp import geo_build

        return int(geo_build.main(argv[2:]) or 0)
    if argv[:1] == ["nlp"]:
        from nlp import cli as nlp_cli

        return int(nlp_cli.main(argv[1:]) or 0)
    return None


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="civic", description=__doc__)
    sub = root.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="run the bot, web server and sender in one process").set_defaults(
        func=cmd_run
    )
    db = sub.add_parser("db", help="database migrations").add_subparsers(dest="db", required=True)
    up = db.add_parser("upgrade", help="migrate the database to the latest schema")
    up.add_argument("revision", nargs="?", default="head")
    up.set_defaults(func=cmd_db_upgrade)
    db.add_parser("check", help="check that models and migrations agree").set_defaults(
        func=cmd_db_check
    )
    sub.add_parser("demo", help="load demo data (safe to run twice)").set_defaults(func=cmd_demo)
    geo = sub.add_parser("geo", help="London gazetteer").add_subparsers(dest="geo", required=True)
    geo.add_parser("build", help="rebuild nlp/data from Code-Point Open and GeoNames (--help)")
    imp = geo.add_parser("import", help="load official boundaries (GeoJSON) or places (CSV)")
    imp.add_argument("source", help="a file path or an http(s) URL")
    imp.add_argument("--attribution", default="", help="credit line shown with the data")
    imp.add_argument("--name", default=None, help="a name for the dataset")
    imp.set_defaults(func=cmd_geo_import)
    sub.add_parser("emulator", help="run the local Bot API emulator on its own (--help)")
    sub.add_parser("nlp", help="message tagger: nlp train | nlp tag | nlp eval (--help)")
    return root


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    argv = sys.argv[1:] if argv is None else argv
    delegated = passthrough(argv)
    if delegated is not None:
        return delegated
    args = parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
