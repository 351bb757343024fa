"""``python -m fzbg``: the same command line as ``fzbg``."""

import sys

from fzbg.run.cli import main

if __name__ == "__main__":
    sys.exit(main())
