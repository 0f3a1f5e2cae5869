"""studio drafts count their saves (a tab left behind by another is told)

Revision ID: 8d2f3a0b5c6e
Revises: 7c1e2f9a4b3d
Create Date: 2026-12-01 05:05:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '8d2f3a0b5c6e'
down_revision: Union[str, Sequence[str], None] = '7c1e2f9a4b3d'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('studiodraft', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.Integer(), server_default='0', nullable=False))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('studiodraft', schema=None) as batch_op:
        batch_op.drop_column('revision')
