-- Recognition by the company's values, applause, leaderboard opt-out, and per-user notification preferences.
-- Indexes are separate CREATE INDEX statements so jOOQ's DDLDatabase can read this file.

-- the company's values, kept by HR; retired values stay for the history but can't be chosen any more
CREATE TABLE company_value (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  NOT NULL,
    name_vi     VARCHAR(80)  NOT NULL,
    name_en     VARCHAR(80)  NOT NULL,
    meaning_vi  VARCHAR(200) NOT NULL,
    meaning_en  VARCHAR(200) NOT NULL,
    icon        VARCHAR(40)  NOT NULL,
    colour      CHAR(7)      NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order  INT          NOT NULL DEFAULT 0,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_company_value_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- one act of recognition; visibility BRANCH, COMPANY or PRIVATE
CREATE TABLE recognition (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    giver_user_id BIGINT        NOT NULL,
    message       VARCHAR(1000) NOT NULL,
    visibility    VARCHAR(12)   NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_recognition_giver FOREIGN KEY (giver_user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_recognition_time ON recognition (created_at, id);
CREATE INDEX ix_recognition_giver ON recognition (giver_user_id);

-- the people recognised; the branch is copied at the time, so later transfers don't move old recognition
CREATE TABLE recognition_recipient (
    recognition_id BIGINT      NOT NULL,
    employee_id    BIGINT      NOT NULL,
    branch_id      BIGINT      NOT NULL,
    created_at     DATETIME(3) NOT NULL,
    PRIMARY KEY (recognition_id, employee_id),
    CONSTRAINT fk_recognition_recipient_recognition FOREIGN KEY (recognition_id) REFERENCES recognition (id) ON DELETE CASCADE,
    CONSTRAINT fk_recognition_recipient_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_recognition_recipient_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_recognition_recipient_employee ON recognition_recipient (employee_id, created_at);
CREATE INDEX ix_recognition_recipient_branch ON recognition_recipient (branch_id, created_at);

CREATE TABLE recognition_value (
    recognition_id BIGINT NOT NULL,
    value_id       BIGINT NOT NULL,
    PRIMARY KEY (recognition_id, value_id),
    CONSTRAINT fk_recognition_value_recognition FOREIGN KEY (recognition_id) REFERENCES recognition (id) ON DELETE CASCADE,
    CONSTRAINT fk_recognition_value_value FOREIGN KEY (value_id) REFERENCES company_value (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_recognition_value_value ON recognition_value (value_id);

-- one applause per person per entry, enforced by the primary key
CREATE TABLE recognition_applause (
    recognition_id BIGINT      NOT NULL,
    user_id        BIGINT      NOT NULL,
    created_at     DATETIME(3) NOT NULL,
    PRIMARY KEY (recognition_id, user_id),
    CONSTRAINT fk_recognition_applause_recognition FOREIGN KEY (recognition_id) REFERENCES recognition (id) ON DELETE CASCADE,
    CONSTRAINT fk_recognition_applause_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- employees who prefer not to appear by name on leaderboards
CREATE TABLE recognition_preference (
    employee_id         BIGINT  NOT NULL,
    leaderboard_opt_out BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (employee_id),
    CONSTRAINT fk_recognition_preference_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- per-user choices of the notification centre; no row = e-mail on, no digest
CREATE TABLE notification_preference (
    user_id        BIGINT      NOT NULL,
    email_enabled  BOOLEAN     NOT NULL DEFAULT TRUE,
    weekly_digest  BOOLEAN     NOT NULL DEFAULT FALSE,
    last_digest_at DATETIME(3) NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
