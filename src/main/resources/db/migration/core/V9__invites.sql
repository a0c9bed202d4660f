-- One-time invitations to a role, created by an admin and redeemed by a signed-in web chat session.
CREATE TABLE invites (
    code_hash    TEXT   NOT NULL PRIMARY KEY,
    role         TEXT   NOT NULL CHECK (role IN ('admin', 'organizer')),
    group_id     TEXT   NOT NULL DEFAULT '',
    created_by   TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    used_at      BIGINT,
    used_by      TEXT
);
