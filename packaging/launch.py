"""Entry point of the frozen app (PyInstaller needs a script, not a module).

Besides everything `equalcity` does from source, the bundle answers
``--smoke-test OUTDIR``: the real window runs through search, a card, both
language switches and a PDF export, and writes OUTDIR/smoke.json (see
equalcity_desktop/smoke.py; tests/test_bundle.py runs it in CI).
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--smoke-test"]:
        from equalcity_desktop.smoke import main as smoke

        sys.exit(smoke(sys.argv[2:]))
    # The same entry as `python -m equalcity_desktop`: the window's own options are read
    # without building every subcommand's parser (which imports the pack and contacts
    # commands the window does not need).
    from equalcity_desktop.__main__ import main

    sys.exit(main())
