-- Organisation: branches, departments, employees. utf8mb4 everywhere (Vietnamese names).
-- Indexes are separate CREATE INDEX statements so jOOQ's DDLDatabase can read this file.

CREATE TABLE branch (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    city        VARCHAR(80)  NOT NULL,
    region      VARCHAR(80)  NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_branch_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE department (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(80)  NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_department_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE employee (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    full_name     VARCHAR(120) NOT NULL,
    email         VARCHAR(190) NOT NULL,
    branch_id     BIGINT       NOT NULL,
    department_id BIGINT       NOT NULL,
    job_title     VARCHAR(120) NOT NULL,
    hire_date     DATE         NOT NULL,
    manager       BOOLEAN      NOT NULL DEFAULT FALSE,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_employee_email UNIQUE (email),
    CONSTRAINT fk_employee_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_employee_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_employee_branch ON employee (branch_id, active);
CREATE INDEX ix_employee_department ON employee (department_id);
CREATE INDEX ix_employee_name ON employee (full_name);
