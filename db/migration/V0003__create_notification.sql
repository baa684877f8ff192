-- In-app notifications (the bell) for every feature; e-mailed too when SMTP is configured.

CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    user_id      BIGINT        NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    message_key  VARCHAR(100)  NOT NULL,
    message_args VARCHAR(2000) NULL,
    link         VARCHAR(255)  NULL,
    created_at   DATETIME(3)   NOT NULL,
    read_at      DATETIME(3)   NULL,
    emailed_at   DATETIME(3)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_notification_user ON notification (user_id, read_at, created_at);
