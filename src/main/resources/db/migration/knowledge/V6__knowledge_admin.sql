-- Knowledge-base administration: every change (who, when, what, with the content before and after, so it can be
-- rolled back), the questions the bot could not answer well, and members' ratings of answers.

CREATE TABLE kb_versions (
    id           BIGINT NOT NULL PRIMARY KEY,
    at           BIGINT NOT NULL,
    who          TEXT   NOT NULL,
    action       TEXT   NOT NULL,
    file         TEXT   NOT NULL,
    entry        TEXT   NOT NULL DEFAULT '',
    summary      TEXT   NOT NULL,
    before_text  TEXT,
    after_text   TEXT,
    rolled_back  BIGINT
);

CREATE INDEX kb_versions_file ON kb_versions (file, id);

-- one row per distinct (normalised) question
CREATE TABLE unanswered (
    question     TEXT    NOT NULL PRIMARY KEY,
    asked        TEXT    NOT NULL,
    times        INTEGER NOT NULL,
    confidence   REAL    NOT NULL,
    first_at     BIGINT  NOT NULL,
    last_at      BIGINT  NOT NULL,
    resolved     INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX unanswered_times ON unanswered (resolved, times);

-- a member's rating of one bot answer (the answer's source title is kept, so ratings add up per entry)
CREATE TABLE ratings (
    conversation TEXT    NOT NULL,
    seq          BIGINT  NOT NULL,
    user_id      TEXT    NOT NULL,
    entry        TEXT    NOT NULL,
    useful       INTEGER NOT NULL,
    at           BIGINT  NOT NULL,
    PRIMARY KEY (conversation, seq, user_id)
);

CREATE INDEX ratings_entry ON ratings (entry);
