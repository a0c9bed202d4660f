-- Messages the bot sent on its own to an Official Account follower that WeChat refused because the follower has not
-- written for 48 hours (45015) or has had too many messages (45047): held until the follower writes again, when
-- the latest of them go out in one customer-service message.
CREATE TABLE wechat_held_messages (
    id          TEXT   NOT NULL PRIMARY KEY,
    open_id     TEXT   NOT NULL,
    text        TEXT   NOT NULL,
    created_at  BIGINT NOT NULL
);

CREATE INDEX wechat_held_messages_user ON wechat_held_messages (open_id, created_at);
