"""Survey returns in and out.

In (Microsoft Forms, SmartSurvey, Google Forms, a contractor's file, paper returns
typed into Excel): which column is what (``mapping``, ``columns``), the rows planned
(``plan``, with who each return is from in ``respondents``), the ``preview``, the
``commit`` (how a return is kept and known again is ``returns``) and ``undo``. Out:
``export``.
"""
