"""The quarterly report to the Board: headline KPIs against targets, spend against
budget with the true cost per person and per attendance, who took part against the
customer base, "you said, we did", scrutiny, the officer's risks, volunteer hours and
the next quarter's programme. One set of tables feeds the PDF, the workbook and
``--json``."""
