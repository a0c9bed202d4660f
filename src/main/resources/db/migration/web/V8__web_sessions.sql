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
