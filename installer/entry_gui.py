"""The windowed executable ("Engagement Desktop"): what the Start-menu shortcut runs.
Errors at start-up appear in a dialog, there being no console."""

import sys

from engagement_desktop.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
