"""The community fund: a panel of customers allocates a pot to groups' projects.

- ``rounds``: a round with its budget, limit per application, criteria and score scale;
  applications from groups (who, what, how much, match funding);
- ``panel``: each panel member's scores, conflicts of interest (a conflicted member's
  scores are refused and left out of the average);
- ``decisions``: the decision with reasons and conditions, staged payments (never more
  than the award), evaluations due, received and late;
- ``listing``: what the fund's page, the CLI and the reports read;
- ``spend``: payments as the involvement budget's "community fund" spend.
"""
