"""``python -m quotekit``: see :mod:`quotekit.cli`."""

import sys

from quotekit.cli import main

sys.exit(main(prog="python -m quotekit"))
