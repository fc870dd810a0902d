"""people carry the collation key of their name, indexed, so lists sort as a person would

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-05

Lists sorted people by lower(last_name): every name starting Ó, Ö, Ş, Ç or Ł
came after Z. Each person now keeps the Unicode Collation Algorithm key of
"surname, first name" (ICU, British English, punctuation and spaces shifted) in
``name_sort_key``; every list orders by it through an index. Existing people
get their key here, made with the library directly by this migration's own copy
of the recipe (store/collation.py may change after it).
"""

from __future__ import annotations

import icu
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_PEOPLE = sa.table(
    "people",
    sa.column("id", sa.Integer),
    sa.column("first_name", sa.String),
    sa.column("last_name", sa.String),
    sa.column("name_sort_key", sa.LargeBinary),
)
_SETTINGS = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.JSON))
_MARKER = "name_sort_collation"
_BATCH = 5000


def _collator() -> icu.Collator:
    collator = icu.Collator.createInstance(icu.Locale("en_GB"))
    collator.setAttribute(icu.UCollAttribute.ALTERNATE_HANDLING, icu.UCollAttributeValue.SHIFTED)
    return collator


def upgrade() -> None:
    op.add_column("people", sa.Column("name_sort_key", sa.LargeBinary(), nullable=True))
    bind = op.get_bind()
    collator = _collator()
    update = (
        sa.update(_PEOPLE)
        .where(_PEOPLE.c.id == sa.bindparam("person_id"))
        .values(name_sort_key=sa.bindparam("key"))
    )
    last_id = 0
    while True:
        rows = bind.execute(
            sa.select(_PEOPLE.c.id, _PEOPLE.c.first_name, _PEOPLE.c.last_name)
            .where(_PEOPLE.c.id > last_id)
            .order_by(_PEOPLE.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        keys = [
            {
                "person_id": person_id,
                # Surname, U+FFFE (the lowest weight: a field separator), first name.
                "key": bytes(collator.getSortKey(f"{last or ''}\ufffe{first or ''}")),
            }
            for person_id, first, last in rows
        ]
        bind.execute(update, keys)
        last_id = rows[-1][0]
    op.create_index("ix_people_name_sort_key", "people", ["name_sort_key", "archived"])
    # Which collation made the keys: the program remakes them if its ICU differs.
    made_by = f"en_GB shifted, ICU {icu.ICU_VERSION}"
    bind.execute(sa.insert(_SETTINGS).values(key=_MARKER, value=made_by))


def downgrade() -> None:
    op.execute(sa.delete(_SETTINGS).where(_SETTINGS.c.key == _MARKER))
    op.drop_index("ix_people_name_sort_key", table_name="people")
    op.drop_column("people", "name_sort_key")
