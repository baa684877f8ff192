-- Insights: which events the rollups have already taken in, per branch (docs/decisions/0021). The listener adds an
-- event's numbers to the cells of a branch only when it finds no row here for the event and that branch, so an event
-- delivered twice (the registry's redelivery at a restart) is counted once; the rebuild writes the rows of the events
-- whose raw rows it counted while their delivery was still pending. Rows older than the oldest pending publication
-- are purged with the completed publications.
CREATE TABLE insights_applied_event (
    event_key  VARCHAR(64) NOT NULL,
    branch_id  BIGINT      NOT NULL,
    applied_at DATETIME(3) NOT NULL,
    PRIMARY KEY (event_key, branch_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_insights_applied_event_at ON insights_applied_event (applied_at);
