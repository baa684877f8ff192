-- Issue 14: the hourly contact-erasure job must find only the answers whose contact details are due, never scan
-- the whole feedback history. Contact details are stored only with consent (and consent needs a phone or e-mail),
-- so "consented, not yet erased, submitted before the cutoff" is exactly the set to erase, and this index reads
-- only those rows. The old retention index led with contact_erased_at, which is NULL for almost every answer (those
-- without contact details too), so it found the whole history. See docs/decisions/0025-bounded-work.md.
CREATE INDEX ix_customer_feedback_contact_due ON customer_feedback (contact_consent, contact_erased_at, submitted_at);
DROP INDEX ix_customer_feedback_retention ON customer_feedback;
