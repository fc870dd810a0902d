"""The Involvement Impact Assessment as a PDF: cover, summary, inputs, outputs,
outcomes, who took part, TSM, training and rewards, method notes.

The sections live in :mod:`pdf_sections` and :mod:`pdf_people`, the type and table
layout in :mod:`pdf_layout`; every figure comes from the report's tables
(:mod:`tables`), the same ones the workbook and ``--json`` print.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.impact import pdf_people, pdf_sections
from engagement_desktop.reports.impact.pdf_layout import MARGIN, Layout, NumberedCanvas
from engagement_desktop.reports.impact.report import ImpactReport


def write_impact_pdf(
    report: ImpactReport,
    path: str | os.PathLike[str],
    *,
    large_print: bool = False,
    logo: Path | None = None,
) -> Path:
    out = Layout(large_print)
    # In large print the sections of wide tables are on landscape pages, so that no
    # table is printed in parts; everything else stays portrait.
    for section, wide in (
        (lambda: pdf_sections.cover(out, report, logo), False),
        (lambda: pdf_sections.summary(out, report), False),
        (lambda: pdf_sections.inputs(out, report), False),
        (lambda: pdf_sections.outputs(out, report), True),
        (lambda: pdf_sections.outcomes(out, report), True),
        (lambda: pdf_sections.customers_in_control(out, report), True),
        (lambda: pdf_people.profile(out, report), True),
        (lambda: pdf_people.tsm(out, report), True),
        (lambda: pdf_people.training_and_rewards(out, report), True),
        (lambda: pdf_people.method(out, report), False),
    ):
        if large_print:
            out.turn(wide)
        section()
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    period = report.period.label + (" (year to date)" if report.period.part else "")
    footer = f"Involvement Impact Assessment {period}"
    if report.landlord and not large_print:
        footer = f"{report.landlord} · {footer}"
    bottom = MARGIN + (out.footer_size * 1.3 if large_print else 0)
    document = BaseDocTemplate(
        str(partial),
        pagesize=A4,
        pageTemplates=[_pages("tall", A4, bottom), _pages("wide", landscape(A4), bottom)],
        title=f"Involvement Impact Assessment {period}",
        author=report.prepared_by or report.landlord,
    )
    try:
        document.build(
            out.story,
            canvasmaker=lambda *a, **k: NumberedCanvas(
                *a, footer=footer, font=out.regular, size=out.footer_size, **k
            ),
        )
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    return target


def _pages(name: str, size: tuple[float, float], bottom: float) -> PageTemplate:
    """A page of ``size`` with the report's margins (the frame pads as platypus's
    simple template does)."""
    frame = Frame(MARGIN, bottom, size[0] - 2 * MARGIN, size[1] - MARGIN - bottom, id=name)
    return PageTemplate(name, [frame], pagesize=size)
