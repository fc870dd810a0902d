"""The Community fund tab of "Customers in control": rounds, applications, the panel's
scores, decisions, payments, evaluations, the panel pack and the decision letters."""
