"""Mailings: letters, labels, email drafts and text lists that respect consent.

- ``selection``: who a mailing is for (everyone involved, a group, an event's register,
  an interest, an area, the people who raised a "you said, we did" item, People chosen);
- ``audience``: the rules that leave people out, counted by reason, for one channel;
- ``templates``: letter templates with merge fields, the built-in ones, checking them;
- ``fields``: the merge fields' values for each recipient;
- ``history``: recording a run in each recipient's contact history, and reading it.

Files are made by ``reports.mailings`` (PDF) and ``interchange.mailings`` (docx, xlsx,
csv, eml, ics); ``run`` ties a request to its files and its history in one call.
"""
