"""covering indexes for the profile comparison's column of everyone

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06

SQLite has no hash aggregate: a GROUP BY sorts its rows unless an index gives them in
the grouped order. The dashboard and the impact assessment count every person's
equality answers, area and tenure; sorting the register for that took most of the
dashboard's time. Each index below holds one grouping of reports/impact/
profile_counts.py (then written_objection, which it filters on), so that grouping is
read from the index in order, with no sort and no visit to the table. The area and
tenure index replaces the plain area index (a look-up by area still uses it), so a
person insert or update keeps the same number of people indexes. Personal data is no
more spread than before: an index entry goes with its row, and erasure's
secure_delete zeroes both.
"""

from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

#: name -> columns, as they stood on 6 December 2026 (a frozen copy, not the models').
EQUALITY_INDEXES: dict[str, list[str]] = {
    "ix_equality_profiles_sex_disability_age": [
        "sex",
        "disability",
        "age_band",
        "written_objection",
    ],
    "ix_equality_profiles_ethnicity_religion": ["ethnicity", "religion", "written_objection"],
    "ix_equality_profiles_identity_household": [
        "gender_same_as_birth",
        "sexual_orientation",
        "marital_status",
        "pregnancy_maternity",
        "children_in_household",
        "written_objection",
    ],
}


def upgrade() -> None:
    for name, columns in EQUALITY_INDEXES.items():
        op.create_index(name, "equality_profiles", columns)
    op.create_index("ix_people_area_tenure", "people", ["area_id", "tenure", "archived"])
    op.drop_index("ix_people_area_id", table_name="people")


def downgrade() -> None:
    op.create_index("ix_people_area_id", "people", ["area_id"])
    op.drop_index("ix_people_area_tenure", table_name="people")
    for name in reversed(EQUALITY_INDEXES):
        op.drop_index(name, table_name="equality_profiles")
