"""Money and governance: the involvement budget, what was spent and committed, the true
cost with on-costs, the year's targets and the measures (KPIs) they are checked against,
and volunteer hours with their social value.

Each figure is defined once here (``figures`` for the headline counts and costs,
``kpis`` for the measures): the Board report, the impact assessment, the annual report
to customers and the dashboard all read these definitions.
"""
