-- Console sessions, in the database so that any node behind the load balancer knows them. Only a hash of the
-- session id is stored.
CREATE TABLE admin_sessions (
    id_hash      TEXT   NOT NULL PRIMARY KEY,
    created_at   BIGINT NOT NULL,
    last_seen    BIGINT NOT NULL
);
