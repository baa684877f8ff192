-- Insights: a version per month of the rollups (docs/decisions/0045). Every write to a rollup cell adds one to its
-- month's version in the same transaction (under the rollups' lock), and a rebuild adds one to every month it
-- touched, so a cached analysis of a period is still valid exactly while the versions of its months are unchanged.
CREATE TABLE insights_month_version (
    month   CHAR(7) NOT NULL,
    version BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
