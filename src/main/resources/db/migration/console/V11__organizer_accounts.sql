-- Organizers' console accounts: a name, a bcrypt hash of the password (never the password), and the groups each
-- account manages. An admin invites an organizer to a group with a one-time code (only its hash is stored); the
-- organizer redeems it on the console page by choosing a name and password, or, already holding an account, by
-- signing in with it, which adds the group.
CREATE TABLE console_accounts (
    username      TEXT   NOT NULL PRIMARY KEY,
    password_hash TEXT   NOT NULL,
    created_at    BIGINT NOT NULL
);

CREATE TABLE console_account_groups (
    username   TEXT   NOT NULL,
    channel    TEXT   NOT NULL,
    group_id   TEXT   NOT NULL,
    added_at   BIGINT NOT NULL,
    PRIMARY KEY (username, channel, group_id)
);

CREATE TABLE console_invites (
    code_hash   TEXT   NOT NULL PRIMARY KEY,
    channel     TEXT   NOT NULL,
    group_id    TEXT   NOT NULL,
    created_by  TEXT   NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT,
    used_by     TEXT
);

-- A console session is the admin's (account NULL) or an organizer account's.
ALTER TABLE admin_sessions ADD COLUMN account TEXT;
