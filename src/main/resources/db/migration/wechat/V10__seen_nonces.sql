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
