-- Issue 8 (speed): a driver rating carries the source and the stored (already generalised) attributes of its answer,
-- so that a release's driver distributions are read from one index without a row lookup per answer. They are the
-- same values the answer row holds (DOMAIN rule 13), nothing more. Existing rows are filled by V0013 (Java: MariaDB's
-- multi-table UPDATE, which the DDL parser behind the jOOQ code generation can't run).
ALTER TABLE pulse_answer_driver
    ADD COLUMN round_id     BIGINT      NULL,
    ADD COLUMN batch_id     BIGINT      NULL,
    ADD COLUMN period_month CHAR(7)     NULL,
    ADD COLUMN branch_id    BIGINT      NULL,
    ADD COLUMN department   VARCHAR(80) NULL,
    ADD COLUMN tenure_band  VARCHAR(8)  NULL;

CREATE INDEX ix_pulse_answer_driver_round_cells
    ON pulse_answer_driver (round_id, branch_id, department, tenure_band, driver_code, score);
CREATE INDEX ix_pulse_answer_driver_batch_cells
    ON pulse_answer_driver (batch_id, period_month, branch_id, department, tenure_band, driver_code, score);
