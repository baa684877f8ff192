-- Rate limits shared by every node (issue 13, docs/decisions/0037-growing-past-one-machine.md): one row per limited
-- key (an API token, a client address, a branch, a kiosk, a sign-in pair) holding a token bucket as the moment it would
-- be full again (GCRA's "theoretical arrival time"). A row whose full_at has passed is a full bucket, the same as no
-- row, and is deleted by a scheduled tidy-up. granted is the outcome of the last attempt, read back through RETURNING
-- by the one statement that takes a token.
CREATE TABLE rate_limit_bucket (
    bucket_key VARCHAR(190) NOT NULL,
    full_at    DATETIME(6)  NOT NULL,
    granted    BOOLEAN      NOT NULL,
    PRIMARY KEY (bucket_key)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

CREATE INDEX ix_rate_limit_bucket_full_at ON rate_limit_bucket (full_at);
