"""calendar sync: bring in events made elsewhere (opt-in), and split proposals

- ``calendar_account.import_new``: events created on other devices come back
  as proposed new sessions (off by default);
- ``sync_object.ignored``: such an event the supervisor chose to leave out;
- ``sync_proposal.href`` and the kinds ``new`` and ``split`` (a phone's "this
  and following" edit, proposed as one change). SQLite can't alter a CHECK
  constraint, so ``sync_proposal`` is rebuilt (it is a small table).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_OLD_KINDS = "kind IN ('moved', 'cancelled', 'deleted', 'conflict')"
_NEW_KINDS = "kind IN ('moved', 'cancelled', 'deleted', 'conflict', 'new', 'split')"


def _proposal(kinds: str, with_href: bool) -> sa.Table:
    """The table as it is to be, for the batch rebuild (CHECK constraints are not reflected)."""
    columns = [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=120), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('session_id', sa.Integer(), nullable=True),
        sa.Column('original_start', sa.DateTime(), nullable=True),
        sa.Column('new_start_utc', sa.DateTime(), nullable=True),
        sa.Column('new_end_utc', sa.DateTime(), nullable=True),
        sa.Column('server_etag', sa.String(length=200), nullable=False),
        sa.Column('server_data', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
    ]
    if with_href:
        columns.append(sa.Column('href', sa.String(length=500), nullable=False, server_default=''))
    return sa.Table(
        'sync_proposal', sa.MetaData(), *columns,
        sa.CheckConstraint(kinds, name='ck_sync_proposal_kind'),
        sa.ForeignKeyConstraint(['session_id'], ['session.id'], ondelete='CASCADE',
                                name='fk_sync_proposal_session_id_session'),
        sa.PrimaryKeyConstraint('id', name='pk_sync_proposal'),
        sa.Index('ix_sync_proposal_uid', 'uid'),
        sa.Index('ix_sync_proposal_session_id', 'session_id'),
    )


def upgrade() -> None:
    with op.batch_alter_table('calendar_account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('import_new', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('sync_object', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ignored', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('sync_proposal', recreate='always',
                              copy_from=_proposal(_OLD_KINDS, with_href=False)) as batch_op:
        batch_op.add_column(sa.Column('href', sa.String(length=500), nullable=False, server_default=''))
        batch_op.drop_constraint('kind', type_='check')
        batch_op.create_check_constraint('kind', sa.text(_NEW_KINDS))


def downgrade() -> None:
    op.execute("DELETE FROM sync_proposal WHERE kind IN ('new', 'split')")
    with op.batch_alter_table('sync_proposal', recreate='always',
                              copy_from=_proposal(_NEW_KINDS, with_href=True)) as batch_op:
        batch_op.drop_column('href')
        batch_op.drop_constraint('kind', type_='check')
        batch_op.create_check_constraint('kind', sa.text(_OLD_KINDS))
    with op.batch_alter_table('sync_object', schema=None) as batch_op:
        batch_op.drop_column('ignored')
    with op.batch_alter_table('calendar_account', schema=None) as batch_op:
        batch_op.drop_column('import_new')
