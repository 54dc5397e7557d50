"""`python -m validators README.md`: rewrite the README's generated tables (validators.docs)."""

import sys

from validators.docs import main

sys.exit(main(sys.argv[1:]))
