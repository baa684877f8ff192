-- Issue 8 (speed): releases are computed at round close from index-only reads of a round's answers, and the comments
-- of a released figure are sampled from an index of the answers that have one (see docs/decisions/0011).

-- whether the answer has a comment, kept beside the text so that finding commented answers needs no row reads
ALTER TABLE pulse_answer ADD COLUMN has_comment BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE pulse_answer SET has_comment = TRUE WHERE comment IS NOT NULL;

-- the atoms of a round's release (branch × department × tenure band × score) and participation counts: index only
CREATE INDEX ix_pulse_answer_round_cells ON pulse_answer (round_id, branch_id, department, tenure_band, score);
-- the same for an imported batch in one month
CREATE INDEX ix_pulse_answer_batch_cells ON pulse_answer (batch_id, period_month, branch_id, department, tenure_band, score);
-- the commented answers of a round within a cell (the id comes with the index)
CREATE INDEX ix_pulse_answer_round_comments ON pulse_answer (round_id, has_comment, branch_id, department, tenure_band);
