-- Live group contests: the contest with its questions and where it stands, and every member's first answer to
-- each question (the primary key makes only the first answer count, also across nodes).
CREATE TABLE contests (
    id              TEXT    NOT NULL PRIMARY KEY,
    channel         TEXT    NOT NULL,
    group_id        TEXT    NOT NULL,
    bank            TEXT    NOT NULL,
    questions       TEXT    NOT NULL,
    seconds         INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    question_start  BIGINT  NOT NULL,
    status          TEXT    NOT NULL,
    started_by      TEXT    NOT NULL,
    started_at      BIGINT  NOT NULL,
    finished_at     BIGINT
);

CREATE INDEX contests_group ON contests (channel, group_id, started_at);
CREATE INDEX contests_status ON contests (status);

CREATE TABLE contest_answers (
    contest_id   TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    user_id      TEXT    NOT NULL,
    answer       TEXT    NOT NULL,
    correct      INTEGER NOT NULL,
    score        INTEGER NOT NULL,
    answered_at  BIGINT  NOT NULL,
    PRIMARY KEY (contest_id, position, user_id)
);
