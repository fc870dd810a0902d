"""Figures for each report (pure functions) and their PDF rendering.

One package per feature that prints something: ``events`` (the sign-in sheet),
``rewards`` (points statements), ``surveys`` (TSM), ``impact`` (the annual
Involvement Impact Assessment); ``dashboard`` the year-so-far figures; ``home``
what is on today and this week and what is due (the page the window opens on);
``common`` fonts, small-number hiding and page numbers.
"""
