-- Issue 13, reads that do not grow with the history (docs/decisions/0027-reads-from-rollups.md).
-- The recognition feed pages through the newest approved praise of the whole company: (praise_status, submitted_at)
-- reads the newest rows first and stops after a page, instead of sorting every approved praise ever given.
CREATE INDEX ix_customer_feedback_praise_recent ON customer_feedback (praise_status, submitted_at);
-- The recognition API's counts per value read one month of recipients across all branches: by time first, so the
-- month is one range instead of every recipient ever.
CREATE INDEX ix_recognition_recipient_time ON recognition_recipient (created_at, branch_id);
