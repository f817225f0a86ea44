"""``python -m equalcity_desktop``: the window, or a command-line subcommand."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
