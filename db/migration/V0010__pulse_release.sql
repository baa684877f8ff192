-- Issue 8 / DOMAIN rules 11-13: one stored release per closed round and per imported batch and month. Every pulse
-- figure any screen, export or the API shows is a sum of released cells of these tables (see docs/decisions/0010).

-- an import of historical answers is a named batch HR can list and delete as a whole
CREATE TABLE pulse_import_batch (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(120) NOT NULL,
    created_by  VARCHAR(190) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    answers     INT          NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE pulse_answer ADD COLUMN batch_id BIGINT NULL,
    ADD CONSTRAINT fk_pulse_answer_batch FOREIGN KEY (batch_id) REFERENCES pulse_import_batch (id);
CREATE INDEX ix_pulse_answer_batch ON pulse_answer (batch_id, period_month);

-- answers imported before batches existed become one batch, so they can be listed, released and deleted
INSERT INTO pulse_import_batch (name, created_by, created_at, answers)
SELECT 'Imported before batches', 'migration', CURRENT_TIMESTAMP(3), COUNT(*) FROM pulse_answer
WHERE imported = TRUE AND round_id IS NULL HAVING COUNT(*) > 0;
UPDATE pulse_answer SET batch_id = (SELECT MAX(id) FROM pulse_import_batch)
WHERE imported = TRUE AND round_id IS NULL;

-- one release: of a closed round (round_id) or of an imported batch in one month (batch_id, period_month);
-- period_month is the month a figure counts in (a round's close-date month)
CREATE TABLE pulse_release (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    round_id      BIGINT      NULL,
    batch_id      BIGINT      NULL,
    program_id    BIGINT      NULL,
    period_month  CHAR(7)     NOT NULL,
    close_date    DATE        NOT NULL,
    min_group     INT         NOT NULL,
    min_comments  INT         NOT NULL,
    computed_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_pulse_release_round UNIQUE (round_id),
    CONSTRAINT uq_pulse_release_batch UNIQUE (batch_id, period_month),
    CONSTRAINT fk_pulse_release_round FOREIGN KEY (round_id) REFERENCES pulse_round (id),
    CONSTRAINT fk_pulse_release_batch FOREIGN KEY (batch_id) REFERENCES pulse_import_batch (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pulse_release_month ON pulse_release (period_month);

-- one reportable cell of a release: level COMPANY, REGION, BRANCH, BRANCH_DEPARTMENT, DEPARTMENT or TENURE; key
-- columns hold '' / 0 where the level has no such part. Counts are stored for every cell; only released ones are read
-- into figures. reason: min-group, complementary.
CREATE TABLE pulse_release_cell (
    release_id         BIGINT      NOT NULL,
    cell_level VARCHAR(20) NOT NULL,
    region             VARCHAR(80) NOT NULL,
    branch_id          BIGINT      NOT NULL,
    department         VARCHAR(80) NOT NULL,
    tenure_band        VARCHAR(8)  NOT NULL,
    n                  INT         NOT NULL,
    promoters          INT         NOT NULL,
    passives           INT         NOT NULL,
    detractors         INT         NOT NULL,
    released           BOOLEAN     NOT NULL,
    reason             VARCHAR(20) NULL,
    comments_released  BOOLEAN     NOT NULL,
    PRIMARY KEY (release_id, cell_level, region, branch_id, department, tenure_band),
    CONSTRAINT fk_pulse_release_cell_release FOREIGN KEY (release_id) REFERENCES pulse_release (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pulse_release_cell_branch ON pulse_release_cell (cell_level, branch_id, release_id);

-- a driver's 1-5 distribution in one cell, released separately (its own minimum group and complements)
CREATE TABLE pulse_release_driver (
    release_id   BIGINT      NOT NULL,
    cell_level VARCHAR(20) NOT NULL,
    region       VARCHAR(80) NOT NULL,
    branch_id    BIGINT      NOT NULL,
    department   VARCHAR(80) NOT NULL,
    tenure_band  VARCHAR(8)  NOT NULL,
    driver_code  VARCHAR(40) NOT NULL,
    n            INT         NOT NULL,
    s1           INT         NOT NULL,
    s2           INT         NOT NULL,
    s3           INT         NOT NULL,
    s4           INT         NOT NULL,
    s5           INT         NOT NULL,
    released     BOOLEAN     NOT NULL,
    reason       VARCHAR(20) NULL,
    PRIMARY KEY (release_id, cell_level, region, branch_id, department, tenure_band, driver_code),
    CONSTRAINT fk_pulse_release_driver_release FOREIGN KEY (release_id) REFERENCES pulse_release (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
