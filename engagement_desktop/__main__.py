"""``python -m engagement_desktop`` runs the same command line as the installed script."""

from __future__ import annotations

import sys

from engagement_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
