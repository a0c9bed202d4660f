-- Web chat identities are server-issued secrets: a session (a hash of its random token is stored) is bound to
-- one web user id, and an id belongs to the first session that claimed it (web_identities' primary key decides,
-- on every node alike).
CREATE TABLE web_identities (
    user_id      TEXT   NOT NULL PRIMARY KEY,
    bound_at     BIGINT NOT NULL
);

CREATE TABLE web_sessions (
    token_hash   TEXT    NOT NULL PRIMARY KEY,
    user_id      TEXT    NOT NULL,
    signed_in    INTEGER NOT NULL DEFAULT 0,
    created_at   BIGINT  NOT NULL,
    last_seen    BIGINT  NOT NULL
);

CREATE INDEX web_sessions_user ON web_sessions (user_id);

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

-- Platform callbacks' (timestamp, nonce) seen within the replay window, shared by every node on PostgreSQL.
CREATE TABLE seen_nonces (
    channel      TEXT   NOT NULL,
    stamp        BIGINT NOT NULL,
    nonce        TEXT   NOT NULL,
    body_hash    TEXT   NOT NULL,
    seen_at      BIGINT NOT NULL,
    PRIMARY KEY (channel, stamp, nonce)
);

CREATE INDEX seen_nonces_at ON seen_nonces (seen_at);
