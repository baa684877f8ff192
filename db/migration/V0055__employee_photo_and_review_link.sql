-- Staff photos (issue 12): one re-encoded, metadata-free JPEG per employee, kept in the database so that backups,
-- replicas and several app instances need nothing else (docs/decisions/0032-staff-photos-in-the-database.md).
-- version grows with every upload; public and internal image addresses carry it, so caches never show an old face.
CREATE TABLE employee_photo (
    employee_id BIGINT      NOT NULL,
    image       MEDIUMBLOB  NOT NULL,
    version     INT         NOT NULL,
    updated_by  BIGINT      NULL,
    updated_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (employee_id),
    CONSTRAINT fk_employee_photo_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_employee_photo_user FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The branch's public review page (for example its Google Maps listing), set by the manager, optional: promoters
-- who praised someone are offered it on the thank-you page. Owned by the feedback module.
CREATE TABLE feedback_branch_link (
    branch_id   BIGINT       NOT NULL,
    review_url  VARCHAR(500) NOT NULL,
    updated_by  BIGINT       NULL,
    updated_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (branch_id),
    CONSTRAINT fk_feedback_branch_link_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_feedback_branch_link_user FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
