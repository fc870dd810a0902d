"""The wizard's work, as plain functions the background task helper runs off the GUI thread.

Each is one pipeline step: read the file, work out the preview, commit. None
of them touches Qt; the commit is the pipeline's own single transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from engagement_desktop.interchange.imports.running import file_sha256
from engagement_desktop.interchange.people.commit import PeopleImportResult, commit_import
from engagement_desktop.interchange.people.plan import PeoplePlan, plan_import
from engagement_desktop.interchange.reading.readers import Limits, Table, read_table
from engagement_desktop.interchange.surveys.commit import SurveyImportResult, commit_survey
from engagement_desktop.interchange.surveys.plan import SurveyPlan, check_references, plan_survey
from engagement_desktop.interchange.surveys.preview import preview_survey
from engagement_desktop.interchange.surveys.respondents import respondents_index
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.store.engine import Store

Report = Callable[[int, int, str], bool]


@dataclass(frozen=True)
class FileRead:
    path: Path
    table: Table
    sha256: str


@dataclass(frozen=True)
class SurveyPreview:
    plan: SurveyPlan
    counts: SurveyImportResult


@dataclass(frozen=True)
class SurveyRules:
    name: str
    period: tuple[date | None, date | None]
    method: str | None
    answer_scale: str | None = None
    keep_unknown_references: bool = False


def limits(store: Store) -> Limits:
    """The size limit set in the settings (import_max_mb)."""
    with store.session() as session:
        return Limits(max_file_mb=float(get_setting(session, "import_max_mb") or 50))


def read_file(path: Path, sheet: str | None, header_row: int | None, limit: Limits) -> FileRead:
    table = read_table(path, sheet, limits=limit, header_row=header_row)
    return FileRead(path, table, file_sha256(path))


def people_preview(
    store: Store,
    read: FileRead,
    mapping: dict[str, str | None],
    on_match: str,
    new_involvement: str | None = None,
) -> PeoplePlan:
    with store.session() as session:
        return plan_import(
            session,
            read.table,
            mapping,
            on_match=on_match,
            sha256=read.sha256,
            new_involvement=new_involvement,
        )


def survey_preview(
    store: Store, read: FileRead, mapping: dict[str, str | None], rules: SurveyRules
) -> SurveyPreview:
    plan = plan_survey(
        read.table,
        mapping,
        rules.answer_scale,
        keep_unknown_references=rules.keep_unknown_references,
    )
    with store.session() as session:
        check_references(plan, respondents_index(session, plan.responses).by_ref)
        return SurveyPreview(plan, preview_survey(session, plan, rules.name, rules.period))


def commit_people(
    store: Store, preview: PeoplePlan, read: FileRead, report: Report
) -> PeopleImportResult:
    """The rows are matched again inside the write: the preview on screen may be stale."""

    def progress(done: int, total: int) -> bool:
        return report(done, total, f"Importing: {done:,} of {total:,} people…")

    return commit_import(
        store,
        read.table,
        preview.mapping,
        file_name=read.path.name,
        on_match=preview.on_match,
        sha256=read.sha256,
        sheet=read.table.sheet,
        progress=progress,
        new_involvement=preview.new_involvement,
    )


def commit_returns(
    store: Store, plan: SurveyPlan, read: FileRead, rules: SurveyRules, report: Report
) -> SurveyImportResult:
    def progress(done: int, total: int) -> bool:
        return report(done, total, f"Importing: {done:,} of {total:,} responses…")

    return commit_survey(
        store,
        plan,
        survey_name=rules.name,
        file_name=read.path.name,
        sha256=read.sha256,
        period=rules.period,
        method=rules.method,
        progress=progress,
    )
