-- Who the public feedback form offers: customer-facing staff. Without a row the default applies (everyone but
-- managers and people with an HR, leader or admin account); a manager's explicit choice is stored here.
CREATE TABLE feedback_staff_choice (
    employee_id      BIGINT      NOT NULL,
    customer_facing  BOOLEAN     NOT NULL,
    updated_by       BIGINT      NULL,
    updated_at       DATETIME(3) NOT NULL,
    PRIMARY KEY (employee_id),
    CONSTRAINT fk_feedback_staff_choice_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_feedback_staff_choice_user FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
