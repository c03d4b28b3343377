"""calendar sync: the CalDAV account, pushed objects and proposed changes

Three new tables only; nothing existing is rebuilt.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'calendar_account',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('server_url', sa.String(length=500), nullable=False),
        sa.Column('username', sa.String(length=200), nullable=False),
        sa.Column('calendar_url', sa.String(length=500), nullable=False),
        sa.Column('calendar_name', sa.String(length=200), nullable=False),
        sa.Column('privacy', sa.String(length=16), nullable=False),
        sa.Column('past_days', sa.Integer(), nullable=False),
        sa.Column('future_days', sa.Integer(), nullable=False),
        sa.Column('interval_minutes', sa.Integer(), nullable=False),
        sa.Column('enabled', sa.Boolean(), nullable=False),
        sa.Column('sync_token', sa.Text(), nullable=False),
        sa.Column('last_sync_at', sa.DateTime(), nullable=True),
        sa.Column('last_summary', sa.String(length=300), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.CheckConstraint("privacy IN ('busy', 'initials', 'full')", name='privacy'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'sync_object',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=120), nullable=False),
        sa.Column('href', sa.String(length=500), nullable=False),
        sa.Column('etag', sa.String(length=200), nullable=False),
        sa.Column('pushed_hash', sa.String(length=64), nullable=False),
        sa.Column('pushed_data', sa.Text(), nullable=False),
        sa.Column('series_id', sa.Integer(), nullable=True),
        sa.Column('session_id', sa.Integer(), nullable=True),
        sa.Column('held', sa.Boolean(), nullable=False),
        sa.Column('force_push', sa.Boolean(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['series_id'], ['series.id'], ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['session_id'], ['session.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('uid'),
    )
    with op.batch_alter_table('sync_object', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_object_series_id'), ['series_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_object_session_id'), ['session_id'], unique=False)
    op.create_table(
        'sync_proposal',
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
        sa.CheckConstraint("kind IN ('moved', 'cancelled', 'deleted', 'conflict')", name='kind'),
        sa.ForeignKeyConstraint(['session_id'], ['session.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('sync_proposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_proposal_uid'), ['uid'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_proposal_session_id'), ['session_id'], unique=False)


def downgrade() -> None:
    op.drop_table('sync_proposal')
    op.drop_table('sync_object')
    op.drop_table('calendar_account')
