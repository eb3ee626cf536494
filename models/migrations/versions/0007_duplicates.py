"""duplicates: documents.duplicate_of and documents.duplicate_state

Revision ID: 0007_duplicates
Revises: 0006_security
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_duplicates'
down_revision = '0006_security'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('duplicate_of', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('duplicate_state', sa.String(length=10), nullable=True))
        batch_op.create_foreign_key('fk_documents_duplicate_of', 'documents', ['duplicate_of'], ['id'],
                                    ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_constraint('fk_documents_duplicate_of', type_='foreignkey')
        batch_op.drop_column('duplicate_state')
        batch_op.drop_column('duplicate_of')
