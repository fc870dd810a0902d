"""Qt only: the main window, pages, table models, dialogs and background tasks."""
