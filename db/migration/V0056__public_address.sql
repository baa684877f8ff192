-- The public address (issue 12): where customers' phones and counter tablets reach the portal, printed into every QR
-- code, poster, kiosk link and e-mail. An administrator sets it in the portal; a stored address wins over PUBLIC_URL
-- (docs/decisions/0038-public-address-stored-in-the-portal.md). At most one row (id is always 1). Owned by the
-- settings module.
CREATE TABLE public_address (
    id          TINYINT      NOT NULL,
    url         VARCHAR(500) NOT NULL,
    updated_by  BIGINT       NULL,
    updated_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_public_address_single_row CHECK (id = 1),
    CONSTRAINT fk_public_address_user FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
