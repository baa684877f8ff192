-- Insights branch page (issue 11): one branch's released driver cells over some months without scanning every
-- branch's cells of each release (ReleasedBranchDriverQuery), as ix_pulse_release_cell_branch does for the eNPS cells.
CREATE INDEX ix_pulse_release_driver_branch ON pulse_release_driver (cell_level, branch_id, release_id);
