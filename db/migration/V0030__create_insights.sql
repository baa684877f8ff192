-- Insights: per-branch, per-month rollups of customer answers and of recognition, kept up to date from the events
-- of the feedback and recognition modules (and rebuilt exactly from the raw rows on demand), so that the advocacy
-- screens never scan raw rows. Months are 'YYYY-MM' in the organisation's time zone.
-- Indexes are separate CREATE INDEX statements so jOOQ's DDLDatabase can read this file.

CREATE TABLE insights_customer_month (
    branch_id  BIGINT  NOT NULL,
    month      CHAR(7) NOT NULL,
    promoters  INT     NOT NULL DEFAULT 0,
    passives   INT     NOT NULL DEFAULT 0,
    detractors INT     NOT NULL DEFAULT 0,
    csat_n     INT     NOT NULL DEFAULT 0,
    csat_sum   BIGINT  NOT NULL DEFAULT 0,
    csat_top2  INT     NOT NULL DEFAULT 0,
    ces_n      INT     NOT NULL DEFAULT 0,
    ces_sum    BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (branch_id, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_insights_customer_month_month ON insights_customer_month (month, branch_id);

CREATE TABLE insights_recognition_month (
    branch_id    BIGINT  NOT NULL,
    month        CHAR(7) NOT NULL,
    recognitions INT     NOT NULL DEFAULT 0,
    praise       INT     NOT NULL DEFAULT 0,
    PRIMARY KEY (branch_id, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_insights_recognition_month_month ON insights_recognition_month (month, branch_id);

-- one row: when the rollups last took an event in, and the last rebuild (time, duration, by whom)
CREATE TABLE insights_rollup_state (
    id              TINYINT      NOT NULL,
    last_update_at  DATETIME(3)  NULL,
    last_rebuild_at DATETIME(3)  NULL,
    rebuild_ms      BIGINT       NULL,
    rebuilt_by      VARCHAR(190) NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO insights_rollup_state (id) VALUES (1);

-- Spring Modulith's JDBC event publication registry (its schema v2 for MariaDB, created here rather than by
-- Modulith's schema initialisation so Flyway owns every table). SERIALIZED_EVENT is wider than Modulith's
-- VARCHAR(4000): a batch of 1,000 customer answers travels as one event.
CREATE TABLE EVENT_PUBLICATION (
    ID                     VARCHAR(36)  NOT NULL,
    LISTENER_ID            VARCHAR(512) NOT NULL,
    EVENT_TYPE             VARCHAR(512) NOT NULL,
    SERIALIZED_EVENT       MEDIUMTEXT   NOT NULL,
    PUBLICATION_DATE       TIMESTAMP(6) NOT NULL,
    COMPLETION_DATE        TIMESTAMP(6) NULL DEFAULT NULL,
    STATUS                 VARCHAR(20)  NULL,
    COMPLETION_ATTEMPTS    INT          NULL,
    LAST_RESUBMISSION_DATE TIMESTAMP(6) NULL,
    PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE);
