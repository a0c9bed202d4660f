-- The personal quiz: one open session per person, every answer given, the wrong-answer book (Leitner boxes),
-- challenge bests, and the points ledger. Question keys are bank + ':' + a hash of the stem, stable across
-- edits that move rows.

CREATE TABLE quiz_sessions (
    channel      TEXT   NOT NULL,
    user_id      TEXT   NOT NULL,
    kind         TEXT   NOT NULL,
    questions    TEXT   NOT NULL,
    position     INTEGER NOT NULL,
    correct      INTEGER NOT NULL,
    started_at   BIGINT NOT NULL,
    PRIMARY KEY (channel, user_id)
);

CREATE TABLE quiz_answers (
    channel      TEXT   NOT NULL,
    user_id      TEXT   NOT NULL,
    question_key TEXT   NOT NULL,
    kind         TEXT   NOT NULL,
    correct      INTEGER NOT NULL,
    answered_at  BIGINT NOT NULL
);

CREATE INDEX quiz_answers_user ON quiz_answers (channel, user_id, answered_at);

CREATE TABLE wrong_book (
    channel      TEXT   NOT NULL,
    user_id      TEXT   NOT NULL,
    question_key TEXT   NOT NULL,
    box          INTEGER NOT NULL,
    due_at       BIGINT NOT NULL,
    wrong_count  INTEGER NOT NULL,
    PRIMARY KEY (channel, user_id, question_key)
);

CREATE TABLE challenge_best (
    channel      TEXT   NOT NULL,
    user_id      TEXT   NOT NULL,
    best         INTEGER NOT NULL,
    achieved_at  BIGINT NOT NULL,
    PRIMARY KEY (channel, user_id)
);

-- day is the local date (Asia/Shanghai) the points count for, for daily caps and weekly/monthly rankings
CREATE TABLE points (
    channel      TEXT   NOT NULL,
    user_id      TEXT   NOT NULL,
    activity     TEXT   NOT NULL,
    points       INTEGER NOT NULL,
    day          TEXT   NOT NULL,
    earned_at    BIGINT NOT NULL
);

CREATE INDEX points_user_day ON points (channel, user_id, day);
