-- An API client's external id is unique within a branch, not across the company: a point-of-sale system of one
-- branch must neither see nor block another branch's answer that happens to carry the same id (issue 9).
ALTER TABLE customer_feedback DROP CONSTRAINT uq_customer_feedback_external;
ALTER TABLE customer_feedback ADD CONSTRAINT uq_customer_feedback_branch_external UNIQUE (branch_id, external_id);
