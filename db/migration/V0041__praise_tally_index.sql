-- Issue 14: recognition tallies count approved praise per branch within a month. With (praise_status, branch_id)
-- alone every approved praise ever given in the branch was read; with submitted_at added the count reads only the
-- month's rows. The new index has the old one as its prefix, so the old one goes.
CREATE INDEX ix_customer_feedback_praise_time ON customer_feedback (praise_status, branch_id, submitted_at);
DROP INDEX ix_customer_feedback_praise ON customer_feedback;
