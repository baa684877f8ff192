-- who was invited to a round, counted per branch and department when the round opens (no person, only counts),
-- so participation (answers / invited) can be read per branch in a caller's scope
CREATE TABLE pulse_round_audience (
    round_id    BIGINT      NOT NULL,
    branch_id   BIGINT      NOT NULL,
    department  VARCHAR(80) NOT NULL,
    invited     INT         NOT NULL,
    PRIMARY KEY (round_id, branch_id, department),
    CONSTRAINT fk_pulse_round_audience_round FOREIGN KEY (round_id) REFERENCES pulse_round (id),
    CONSTRAINT fk_pulse_round_audience_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pulse_round_audience_branch ON pulse_round_audience (branch_id);
