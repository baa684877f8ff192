-- eNPS pulse surveys: programs, rounds, participation and anonymous answers (see docs/decisions/0006).
-- pulse_answer holds NO reference to its author: random UUID key, the day at most, segment attributes copied at
-- submit time. pulse_participation records only THAT someone answered a round, so nobody answers twice.

CREATE TABLE pulse_program (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    name            VARCHAR(120) NOT NULL,
    cadence         VARCHAR(16)  NOT NULL,
    window_days     INT          NOT NULL,
    audience_all    BOOLEAN      NOT NULL DEFAULT TRUE,
    with_comment    BOOLEAN      NOT NULL DEFAULT TRUE,
    status          VARCHAR(16)  NOT NULL,
    start_on        DATE         NULL,
    rounds_planned  INT          NOT NULL DEFAULT 0,
    created_by      VARCHAR(190) NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pulse_program_branch (
    program_id BIGINT NOT NULL,
    branch_id  BIGINT NOT NULL,
    PRIMARY KEY (program_id, branch_id),
    CONSTRAINT fk_pulse_program_branch_program FOREIGN KEY (program_id) REFERENCES pulse_program (id) ON DELETE CASCADE,
    CONSTRAINT fk_pulse_program_branch_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pulse_program_department (
    program_id    BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    PRIMARY KEY (program_id, department_id),
    CONSTRAINT fk_pulse_program_department_program FOREIGN KEY (program_id) REFERENCES pulse_program (id) ON DELETE CASCADE,
    CONSTRAINT fk_pulse_program_department_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the driver statements of a program's pulse, in order; code is a library code (recognition ...) or custom-N
CREATE TABLE pulse_driver (
    program_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    text_en    VARCHAR(200) NOT NULL,
    text_vi    VARCHAR(200) NOT NULL,
    PRIMARY KEY (program_id, position),
    CONSTRAINT uq_pulse_driver_code UNIQUE (program_id, code),
    CONSTRAINT fk_pulse_driver_program FOREIGN KEY (program_id) REFERENCES pulse_program (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pulse_round (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    program_id      BIGINT      NOT NULL,
    opens_at        DATETIME(3) NOT NULL,
    closes_at       DATETIME(3) NOT NULL,
    close_date      DATE        NOT NULL,
    status          VARCHAR(16) NOT NULL,
    invited         INT         NOT NULL,
    reminded_open   BOOLEAN     NOT NULL DEFAULT FALSE,
    reminded_close  BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT fk_pulse_round_program FOREIGN KEY (program_id) REFERENCES pulse_program (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pulse_round_status ON pulse_round (status, closes_at);
CREATE INDEX ix_pulse_round_program ON pulse_round (program_id, opens_at);

-- THAT an employee answered a round (never what, never when): the primary key makes a second answer impossible
CREATE TABLE pulse_participation (
    round_id    BIGINT NOT NULL,
    employee_id BIGINT NOT NULL,
    PRIMARY KEY (round_id, employee_id),
    CONSTRAINT fk_pulse_participation_round FOREIGN KEY (round_id) REFERENCES pulse_round (id),
    CONSTRAINT fk_pulse_participation_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pulse_participation_employee ON pulse_participation (employee_id);

-- one anonymous answer: random UUID id, day only, segment copied at submit time; imported rows have no round
CREATE TABLE pulse_answer (
    id           CHAR(36)      NOT NULL,
    round_id     BIGINT        NULL,
    answered_on  DATE          NULL,
    period_month CHAR(7)       NOT NULL,
    branch_id    BIGINT        NOT NULL,
    department   VARCHAR(80)   NULL,
    tenure_band  VARCHAR(8)    NULL,
    score        INT           NOT NULL,
    comment      VARCHAR(1000) NULL,
    imported     BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT fk_pulse_answer_round FOREIGN KEY (round_id) REFERENCES pulse_round (id),
    CONSTRAINT fk_pulse_answer_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pulse_answer_round ON pulse_answer (round_id);
CREATE INDEX ix_pulse_answer_period ON pulse_answer (period_month, branch_id);

CREATE TABLE pulse_answer_driver (
    answer_id   CHAR(36)    NOT NULL,
    driver_code VARCHAR(40) NOT NULL,
    score       INT         NOT NULL,
    PRIMARY KEY (answer_id, driver_code),
    CONSTRAINT fk_pulse_answer_driver_answer FOREIGN KEY (answer_id) REFERENCES pulse_answer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "you said, we did": a manager's (branch) or HR's (company, branch_id NULL) plan after a round
CREATE TABLE pulse_action_plan (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    round_id   BIGINT        NOT NULL,
    branch_id  BIGINT        NULL,
    drivers    VARCHAR(100)  NOT NULL,
    created_by VARCHAR(190)  NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pulse_action_plan_round FOREIGN KEY (round_id) REFERENCES pulse_round (id),
    CONSTRAINT fk_pulse_action_plan_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pulse_action (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id   BIGINT       NOT NULL,
    text      VARCHAR(500) NOT NULL,
    owner     VARCHAR(120) NOT NULL,
    due_on    DATE         NOT NULL,
    status    VARCHAR(16)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pulse_action_plan FOREIGN KEY (plan_id) REFERENCES pulse_action_plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ShedLock's lock table (scheduled jobs run on one instance at a time); shared by every feature's jobs
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
