-- Messages the WeCom intelligent robot sends on its own (contest questions, results, study posts, reminders),
-- queued durably: kept until the platform acknowledges them, so none is lost while the long connection is down.
-- next_at doubles as a claim: a node that sends a row first moves it on, so two nodes never send one row twice.
CREATE TABLE wecom_bot_outbox (
    id          TEXT    NOT NULL PRIMARY KEY,
    chat_id     TEXT    NOT NULL,
    content     TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    seq         BIGINT  NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_at     BIGINT  NOT NULL
);

CREATE INDEX wecom_bot_outbox_next ON wecom_bot_outbox (next_at);
