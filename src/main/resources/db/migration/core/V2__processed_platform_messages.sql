-- Platform messages already handled (WeChat MsgId, or sender + time + event for events), with the replies they
-- got: a platform retry is answered the same way and changes nothing, also after a restart. Written in the
-- same transaction as the writes the message caused.
CREATE TABLE processed_messages (
    channel     TEXT   NOT NULL,
    dedupe_key  TEXT   NOT NULL,
    replies     TEXT   NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (channel, dedupe_key)
);

CREATE INDEX processed_messages_created ON processed_messages (created_at);
