"""proposal reminders: when the people acting on a proposal were last told it is overdue at its stage

Revision ID: 0010_proposal_reminders
Revises: 0009_proposals
"""
from alembic import op
import sqlalchemy as sa


revision = '0010_proposal_reminders'
down_revision = '0009_proposals'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('proposals', sa.Column('overdue_noted_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('proposals') as batch:
        batch.drop_column('overdue_noted_at')
