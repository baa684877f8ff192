-- People who leave lose access (issue 9): accounts of employees already set inactive before this rule existed are
-- disabled. From now on AccountAccess does this whenever an employee is deactivated (screen or CSV import).
UPDATE app_user SET enabled = FALSE
WHERE employee_id IN (SELECT id FROM employee WHERE active = FALSE);
