"""The last page's words: what was written, in the officer's terms."""

from __future__ import annotations

from html import escape
from typing import Any

from engagement_desktop.gui.common.table_model import format_datetime, plural
from engagement_desktop.gui.import_wizard.history import local_time
from engagement_desktop.interchange.surveys.commit import SurveyImportResult


def summary_text(kind: str, result: Any, wizard: Any) -> str:
    """Rich text for the summary page from the pipeline's result and the preview's counts."""
    read = wizard.read
    name = escape(read.path.name) if read is not None else "the file"
    saved = wizard.preview.saved_to
    fix = (
        f"<p>The rows to fix are saved in {escape(str(saved))}: correct them there and "
        "import that file.</p>"
        if saved
        else ""
    )
    if kind == "people":
        # the counts of the plan made inside the write, not the (maybe older) preview's
        plan = result.plan if result is not None else None
        if result is None or result.batch is None:
            return (
                f"<p><b>Nothing was imported from {name}</b>: every row was already on file "
                "unchanged, a duplicate, or had a problem. The database is as it was.</p>" + fix
            )
        count = plan.count
        left_out = count("duplicate") + count("ambiguous") + count("error")
        batch = result.batch
        when = escape(format_datetime(local_time(batch.imported_at)))
        return (
            f"<p><b>Imported {name}</b> (import {batch.id}, {when}, "
            f"by {escape(batch.imported_by)}):</p>"
            "<ul>"
            f"<li>{plural(count('new'), 'person', 'people')} added</li>"
            f"<li>{plural(count('update'), 'person', 'people')} updated</li>"
            f"<li>{count('unchanged'):,} already on file and unchanged</li>"
            + (
                f"<li>{plural(n, 'consent answer')} recorded (“Imported”, from the file)</li>"
                if (n := plan.summary()["consents"])
                else ""
            )
            + f"<li>{plural(left_out, 'row')} left out (duplicates in the file, matching several "
            "people, or with errors)</li></ul>"
            + fix
            + "<p>To take the whole import back, use <b>Import history</b> › "
            "<b>Undo this import</b>.</p>"
        )
    assert isinstance(result, SurveyImportResult)
    survey = wizard.rules.survey_rules()
    title = escape(survey.name) if survey else "the survey"
    preview = wizard.preview.survey
    codes = ", ".join(preview.plan.tsm_codes) if preview else ""
    if result.responses_created == 0:
        head = (
            f"<p><b>Nothing was added to “{title}”</b>: all "
            f"{plural(result.already_imported, 'response')} from {name} had been imported "
            "before. The database is as it was.</p>"
        )
    else:
        head = (
            f"<p><b>Added {plural(result.responses_created, 'response')} to “{title}”</b> "
            f"from {name}:</p><ul>"
            f"<li>{result.linked_to_people:,} linked to people on file</li>"
            f"<li>{result.anonymous:,} anonymous</li>"
            f"<li>{result.already_imported:,} already imported, left out</li></ul>"
        )
        if result.outside_period:
            head += (
                f"<p>{plural(result.outside_period, 'response')} "
                f"{'was' if result.outside_period == 1 else 'were'} completed outside the "
                "survey's period: they are kept, but the results leave them out. "
                "Check the period if that is not what you meant.</p>"
            )
    return (
        head
        + (f"<p>Measures recognised: {codes}.</p>" if codes else "")
        + fix
        + "<p>The results are on the <b>Surveys</b> page.</p>"
    )
