"""``python -m hfhub.cli``: the same as the ``hfhub`` command."""

import sys

from . import main

sys.exit(main())
