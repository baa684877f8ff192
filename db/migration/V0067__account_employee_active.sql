-- Each module owns its tables (issue 10): sign-in and the "account usable" checks read the security module's own copy
-- of whether the account's employee is still active, instead of joining org's employee table. The organisation keeps
-- it in step, in its own transaction, whenever an employee is deactivated or reactivated (AccountAccess). TRUE for
-- accounts without an employee.
ALTER TABLE app_user ADD COLUMN employee_active BOOLEAN NOT NULL DEFAULT TRUE;

UPDATE app_user SET employee_active = FALSE
WHERE employee_id IN (SELECT id FROM employee WHERE active = FALSE);
