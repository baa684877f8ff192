-- Issue 13: the company's recognition feed pages through the newest company-visible entries. By time alone it read
-- back through every branch-only entry until it had a page (1.3 s at a million answers in BoundedWorkBenchmark);
-- with the visibility first it reads one page. See docs/decisions/0027-reads-from-rollups-and-batch-ingest.md.
CREATE INDEX ix_recognition_visibility_time ON recognition (visibility, created_at, id);
