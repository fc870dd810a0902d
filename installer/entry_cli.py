"""The console executable ("engagement-desktop"): the command line, for scripts and support."""

import sys

from engagement_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
