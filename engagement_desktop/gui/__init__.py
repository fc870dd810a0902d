"""Qt only. The top keeps the application (``app``), the main window and its shell
(``sections``: which page each section has, built when first shown; about, crash
handling, settings, resources, start-up errors, the form compiler).

Each feature has its own package with the same name as in ``services/``,
``interchange/`` and ``reports/``: ``people``, ``groups``, ``outcomes``, ``events``
(check-in, registers, sign-in sheets, expenses), ``rewards``, ``training``,
``surveys``, ``reports``, ``dashboard`` (the year's figures, a tab of Reports), ``home``
(the page the window opens on: today, this week, what is due) and ``import_wizard``.
What several features share is in ``common``. Screens never read the database
themselves: what they show comes from a service call; a feature's page and
dialogs load the first time the officer opens them.
"""
