"""agents' unsent notes kept over a reload, beside their reply

Revision ID: 7c1e2f9a4b3d
Revises: 021f3f1cc19a
Create Date: 2026-12-01 05:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '7c1e2f9a4b3d'
down_revision: Union[str, Sequence[str], None] = '021f3f1cc19a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('replydraft', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('replydraft', schema=None) as batch_op:
        batch_op.drop_column('note')
