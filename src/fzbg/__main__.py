"""``python -m fzbg``: the same command line as ``fzbg``."""

import sys

from fzbg.cli import main

if __name__ == "__main__":
    sys.exit(main())
