"""``equalcity pack ...``: build, sign, check, install, list and remove content
packs, and manage the keys this PC trusts, from a terminal or a script (an
admin looking after twenty PCs). Every refusal is one sentence on stderr and
exit code 1; success is exit code 0. Light to import: the parser is built at
every start, the pack modules are imported only when a pack command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "make, sign, check, install, list or remove content packs (see README)"


def add_parser(sub: argparse._SubParsersAction) -> None:
    pack = sub.add_parser("pack", help=HELP)
    pack_sub = pack.add_subparsers(dest="pack_command", required=True)
    build = pack_sub.add_parser("build", help="make a pack .zip from a folder with "
                                "pack.yaml (id, title, version, languages) and content")
    build.add_argument("dir")
    build.add_argument("-o", "--output", required=True, metavar="FILE.zip")
    build.add_argument("--key", metavar="KEYFILE", help="sign it with this private key "
                       "(from `pack keys generate`)")
    sign = pack_sub.add_parser("sign", help="sign a built pack with your private key")
    sign.add_argument("file")
    sign.add_argument("--key", required=True, metavar="KEYFILE")
    sign.add_argument("-o", "--output", metavar="FILE.zip", help="write the signed pack "
                      "here instead of replacing FILE")
    check = pack_sub.add_parser("check", help="check a pack .zip as an import would; "
                                "one line per problem")
    check.add_argument("file")
    install = pack_sub.add_parser("install", help="check and install a pack .zip on this PC")
    install.add_argument("file")
    install.add_argument("--allow-unsigned", action="store_true",
                         help="install a pack that no trusted key signed (you vouch for it)")
    install.add_argument("--allow-older", action="store_true",
                         help="replace an installed pack with an older version")
    pack_sub.add_parser("list", help="the installed packs and who signed them")
    remove = pack_sub.add_parser("remove", help="uninstall a pack by its id")
    remove.add_argument("id")
    keys = pack_sub.add_parser("keys", help="signing keys and the keys this PC trusts")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    generate = keys_sub.add_parser("generate", help="make a new private signing key (keep "
                                   "it off the PCs that use the app)")
    generate.add_argument("name")
    generate.add_argument("-o", "--output", required=True, metavar="KEYFILE")
    keys_sub.add_parser("list", help="the keys whose packs this PC installs")
    add = keys_sub.add_parser("add", help="trust a public key (a .pub file or base64)")
    add.add_argument("key", metavar="PUBKEYFILE|BASE64")
    add.add_argument("--name", required=True)
    forget = keys_sub.add_parser("remove", help="stop trusting a key")
    forget.add_argument("name")
    child = pack_sub.add_parser("_check-content")  # internal: the import's checker process
    child.add_argument("dir")
    child.add_argument("--against", action="append", default=[])
    child.add_argument("--report", required=True)


def _fail(message: str) -> int:
    print(f"refused: {message}." if not message.endswith(".") else f"refused: {message}",
          file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    from . import pack_keys, packs

    command = args.pack_command
    if command == "_check-content":
        return packs.run_child_check(Path(args.dir), [Path(a) for a in args.against],
                                     Path(args.report))
    try:
        if command == "keys":
            return _keys(args)
        return {"build": _build, "sign": _sign, "check": _check, "install": _install,
                "list": _list, "remove": _remove}[command](args)
    except packs.PackError as exc:
        return _fail(str(exc))
    except pack_keys.PackKeyError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.filename or 'a file'} cannot be used: {exc.strerror or exc}")


def _signer(info: object) -> str:
    signer, kid = getattr(info, "signer", ""), getattr(info, "key_id", "")
    if signer:
        return f"signed by {signer} (key {kid})"
    return f"signed by an untrusted key {kid}" if kid else "not signed"


def _build(args: argparse.Namespace) -> int:
    from . import pack_keys, packs

    key = pack_keys.load_signing_key(Path(args.key)) if args.key else None
    try:
        info = packs.build(Path(args.dir), Path(args.output), key=key)
    except packs.PackError as exc:
        for problem in exc.problems:
            print(problem)
        return 1
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(info.kinds.items()))
    print(f"{args.output}: pack {info.id} {info.version}, {info.file_count} files; {kinds}; "
          + (_signer(info) if key else "not signed (sign it with `pack sign --key`)"))
    return 0


def _sign(args: argparse.Namespace) -> int:
    from . import pack_keys, packs

    key = pack_keys.load_signing_key(Path(args.key))
    output = Path(args.output) if args.output else Path(args.file)
    info = packs.sign(Path(args.file), key, output)
    print(f"{output}: pack {info.id} {info.version} signed with key "
          f"{pack_keys.key_id(key.public)}" + (f" ({key.name})" if key.name else ""))
    return 0


def _check(args: argparse.Namespace) -> int:
    from . import packs

    try:
        problems = packs.check_file(Path(args.file))
    except OSError as exc:
        problems = [f"the pack cannot be checked: {exc.strerror or exc}"]
    for problem in problems:
        print(problem)
    print(f"{args.file}: {len(problems)} problem{'s' * (len(problems) != 1)}")
    if not problems:  # who signed it: a note, not a problem of the pack
        signer, kid, trust_problem = packs.check_signature(Path(args.file))
        print(f"note: signed by {signer} (key {kid})" if signer
              else f"note: {trust_problem}, so installing it needs --allow-unsigned",
              file=sys.stderr)
    return 1 if problems else 0


def _install(args: argparse.Namespace) -> int:
    from . import packs

    path = Path(args.file)
    if not path.is_file():
        return _fail(f"{path} is not a pack file")
    prepared = packs.prepare(path)
    info = prepared.info
    if info.trust_problem:
        if not args.allow_unsigned:
            prepared.discard()
            return _fail(f"{info.trust_problem}; to install it anyway, run again with "
                         "--allow-unsigned")
        print(f"warning: {info.trust_problem}; installing it because you asked "
              "(--allow-unsigned): its text will read like guidance from your office.",
              file=sys.stderr)
    if info.is_downgrade and not args.allow_older:
        prepared.discard()
        return _fail(f"version {info.version} is older than the installed "
                     f"{info.installed_version}; to replace it, run again with --allow-older")
    info = prepared.commit(confirm_downgrade=True, allow_unsigned=args.allow_unsigned)
    replaced = f", replacing version {info.installed_version}" if info.replaces else ""
    print(f"installed pack {info.id} {info.version} ({info.title('en')}){replaced}; "
          + _signer(info))
    return 0


def _list(_args: argparse.Namespace) -> int:
    from . import packs

    installed = packs.list_installed()
    if not installed:
        print("No content packs are installed.")
    for info in installed:
        print(f"{info.id:30} {info.version:10} {info.title('en')}  [{_signer(info)}]")
    return 0


def _remove(args: argparse.Namespace) -> int:
    from . import packs

    packs.remove(args.id)
    print(f"removed pack {args.id}")
    return 0


def _keys(args: argparse.Namespace) -> int:
    from . import pack_keys

    command = args.keys_command
    if command == "generate":
        key = pack_keys.generate(args.name, Path(args.output))
        public = pack_keys.b64(key.public)
        print(f"private key {args.output} (keep it secret and off the PCs that use the app); "
              f"public key {args.output}.pub: {public} (key {pack_keys.key_id(key.public)}); "
              f"on each PC: equalcity pack keys add {args.output}.pub --name "
              f"\"{key.name}\"")
        return 0
    if command == "add":
        added = pack_keys.add_trusted(args.key, args.name)
        print(f"this PC now trusts packs signed by {added.name} (key {added.key_id})")
        return 0
    if command == "remove":
        gone = pack_keys.remove_trusted(args.name)
        print(f"this PC no longer trusts packs signed by {gone.name} (key {gone.key_id}); "
              "packs installed already stay")
        return 0
    keys = pack_keys.trusted_keys()
    if not keys:
        print(f"No trusted keys ({pack_keys.trust_file()}): every pack needs --allow-unsigned "
              "until you add one with `pack keys add`.")
    for key in keys:
        print(f"{key.name:30} key {key.key_id}  added {key.added or '?'}")
    return 0
