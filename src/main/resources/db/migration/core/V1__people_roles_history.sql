-- People, groups, roles and the bot's message history. Portable SQL: the same file runs on SQLite and
-- PostgreSQL (natural keys instead of auto-increment, times as epoch milliseconds).

CREATE TABLE users (
    channel     TEXT   NOT NULL,
    user_id     TEXT   NOT NULL,
    name        TEXT   NOT NULL DEFAULT '',
    first_seen  BIGINT NOT NULL,
    last_seen   BIGINT NOT NULL,
    PRIMARY KEY (channel, user_id)
);

CREATE TABLE chat_groups (
    channel     TEXT   NOT NULL,
    group_id    TEXT   NOT NULL,
    name        TEXT   NOT NULL DEFAULT '',
    time_zone   TEXT   NOT NULL DEFAULT 'Asia/Shanghai',
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (channel, group_id)
);

CREATE TABLE memberships (
    channel     TEXT   NOT NULL,
    group_id    TEXT   NOT NULL,
    user_id     TEXT   NOT NULL,
    joined_at   BIGINT NOT NULL,
    last_seen   BIGINT NOT NULL,
    PRIMARY KEY (channel, group_id, user_id)
);

-- group_id '' means a global role (admin)
CREATE TABLE roles (
    channel     TEXT   NOT NULL,
    user_id     TEXT   NOT NULL,
    group_id    TEXT   NOT NULL,
    role        TEXT   NOT NULL CHECK (role IN ('admin', 'organizer')),
    granted_at  BIGINT NOT NULL,
    granted_by  TEXT   NOT NULL DEFAULT '',
    PRIMARY KEY (channel, user_id, group_id, role)
);

-- one row per conversation: the last sequence number handed out
CREATE TABLE conversations (
    conversation TEXT   NOT NULL PRIMARY KEY,
    last_seq     BIGINT NOT NULL
);

CREATE TABLE bot_messages (
    conversation TEXT   NOT NULL,
    seq          BIGINT NOT NULL,
    type         TEXT   NOT NULL,
    text         TEXT   NOT NULL,
    payload      TEXT   NOT NULL DEFAULT '{}',
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (conversation, seq)
);

CREATE INDEX bot_messages_created ON bot_messages (created_at);
