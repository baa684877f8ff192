-- Customer feedback: answers from the public form, kiosks, the API and imports; praise moderation; follow-up
-- cases for detractors who agreed to be contacted; kiosk device links. Contact details are stored only with consent
-- and erased after the retention time (contact_erased_at).

CREATE TABLE feedback_touchpoint (
    code        VARCHAR(32)  NOT NULL,
    name_en     VARCHAR(80)  NOT NULL,
    name_vi     VARCHAR(80)  NOT NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO feedback_touchpoint (code, name_en, name_vi, sort_order, active) VALUES
    ('reception', 'Reception', 'Lễ tân', 1, TRUE),
    ('consultation', 'Consultation', 'Tư vấn', 2, TRUE),
    ('treatment', 'Treatment', 'Trị liệu', 3, TRUE),
    ('checkout', 'Checkout', 'Thanh toán', 4, TRUE);

-- a tablet at a counter: only the SHA-256 of its link's secret is stored
CREATE TABLE kiosk_device (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    branch_id   BIGINT       NOT NULL,
    name        VARCHAR(80)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_by  VARCHAR(190) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    revoked_at  DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_kiosk_device_token UNIQUE (token_hash),
    CONSTRAINT fk_kiosk_device_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer_feedback (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    branch_id         BIGINT        NOT NULL,
    nps               SMALLINT      NOT NULL,
    csat              SMALLINT      NULL,
    ces               SMALLINT      NULL,
    touchpoint        VARCHAR(32)   NULL,
    employee_id       BIGINT        NULL,
    praise            VARCHAR(1000) NULL,
    comment_text      VARCHAR(2000) NULL,
    contact_name      VARCHAR(120)  NULL,
    contact_phone     VARCHAR(32)   NULL,
    contact_email     VARCHAR(190)  NULL,
    contact_consent   BOOLEAN       NOT NULL DEFAULT FALSE,
    contact_erased_at DATETIME(3)   NULL,
    submitted_at      DATETIME(3)   NOT NULL,
    local_date        DATE          NOT NULL,
    channel           VARCHAR(8)    NOT NULL,
    external_id       VARCHAR(100)  NULL,
    submission_id     CHAR(36)      NULL,
    client_hash       CHAR(64)      NULL,
    text_hash         CHAR(64)      NULL,
    kiosk_id          BIGINT        NULL,
    praise_status     VARCHAR(8)    NULL,
    praise_reason     VARCHAR(500)  NULL,
    moderated_by      BIGINT        NULL,
    moderated_at      DATETIME(3)   NULL,
    created_at        DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_customer_feedback_external UNIQUE (external_id),
    CONSTRAINT uq_customer_feedback_submission UNIQUE (submission_id),
    CONSTRAINT fk_customer_feedback_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_customer_feedback_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_customer_feedback_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosk_device (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_customer_feedback_branch_date ON customer_feedback (branch_id, local_date);
CREATE INDEX ix_customer_feedback_duplicate ON customer_feedback (client_hash, text_hash, created_at);
CREATE INDEX ix_customer_feedback_praise ON customer_feedback (praise_status, branch_id);
CREATE INDEX ix_customer_feedback_employee ON customer_feedback (employee_id, praise_status);
CREATE INDEX ix_customer_feedback_retention ON customer_feedback (contact_erased_at, submitted_at);

-- closing the loop with a detractor who agreed to be contacted
CREATE TABLE follow_up_case (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    feedback_id   BIGINT       NOT NULL,
    branch_id     BIGINT       NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    owner_user_id BIGINT       NULL,
    due_at        DATETIME(3)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    closed_at     DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_follow_up_case_feedback UNIQUE (feedback_id),
    CONSTRAINT fk_follow_up_case_feedback FOREIGN KEY (feedback_id) REFERENCES customer_feedback (id),
    CONSTRAINT fk_follow_up_case_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_follow_up_case_owner FOREIGN KEY (owner_user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_follow_up_case_branch ON follow_up_case (branch_id, status, due_at);

CREATE TABLE follow_up_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    case_id     BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    note        VARCHAR(2000) NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_follow_up_note_case FOREIGN KEY (case_id) REFERENCES follow_up_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_follow_up_note_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_follow_up_note_case ON follow_up_note (case_id, created_at);
