-- Issue 14: the employee list and API page by keyset (name, id) instead of OFFSET. The grid's default is current
-- staff by name, a branch manager's is their branch by name: both read a page straight from these indexes.
CREATE INDEX ix_employee_active_name ON employee (active, full_name);
CREATE INDEX ix_employee_branch_name ON employee (branch_id, full_name);
