"""reports

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa



revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('subtitle', sa.String(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('authors', sa.String(), nullable=False),
    sa.Column('organisation', sa.String(), nullable=False),
    sa.Column('introduction', sa.Text(), nullable=False),
    sa.Column('methodology', sa.Text(), nullable=False),
    sa.Column('corrections', sa.Text(), nullable=False),
    sa.Column('contact', sa.Text(), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('template_path', sa.String(), nullable=False),
    sa.Column('claim_order', sa.String(), nullable=False),
    sa.Column('by_filter', sa.Boolean(), nullable=False),
    sa.Column('filter_status', sa.String(), nullable=True),
    sa.Column('filter_rating_id', sa.Integer(), nullable=True),
    sa.Column('filter_tag_id', sa.Integer(), nullable=True),
    sa.Column('filter_source_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("claim_order IN ('manual', 'section', 'date')", name='ck_claim_order_allowed'),
    sa.CheckConstraint("language IN ('en', 'uk')", name='ck_language_allowed'),
    sa.ForeignKeyConstraint(['filter_rating_id'], ['rating.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['filter_source_id'], ['source.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['filter_tag_id'], ['tag.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    op.create_table('report_claim',
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['report.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('report_id', 'claim_id')
    )
    with op.batch_alter_table('report_claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_claim_claim_id'), ['claim_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('report_claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_claim_claim_id'))

    op.drop_table('report_claim')
    op.drop_table('report')
    
