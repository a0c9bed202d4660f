-- Study check-ins, group study plans, their schedules and the posts they made. Days are local dates
-- (yyyy-MM-dd in the group's time zone), so "today" and streaks follow the group's clock, not UTC.

CREATE TABLE checkins (
    channel      TEXT   NOT NULL,
    group_id     TEXT   NOT NULL,
    user_id      TEXT   NOT NULL,
    day          TEXT   NOT NULL,
    note         TEXT   NOT NULL DEFAULT '',
    checked_at   BIGINT NOT NULL,
    PRIMARY KEY (channel, group_id, user_id, day)
);

CREATE INDEX checkins_group_day ON checkins (channel, group_id, day);

-- the plan as JSON (phases -> topics), as uploaded or edited
CREATE TABLE study_plans (
    channel      TEXT   NOT NULL,
    group_id     TEXT   NOT NULL,
    plan         TEXT   NOT NULL,
    updated_at   BIGINT NOT NULL,
    updated_by   TEXT   NOT NULL DEFAULT '',
    PRIMARY KEY (channel, group_id)
);

-- a recurring post: kind 'study' (this week's topic, a reading and a mini quiz) or 'reminder' (who has not
-- checked in); days is a comma list of ISO weekdays (1 = Monday), at is HH:mm local time
CREATE TABLE schedules (
    channel      TEXT    NOT NULL,
    group_id     TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    days         TEXT    NOT NULL,
    at_time      TEXT    NOT NULL,
    enabled      INTEGER NOT NULL,
    last_fired   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL,
    PRIMARY KEY (channel, group_id, kind)
);

-- one row per occurrence that was posted (the primary key makes each occurrence fire once)
CREATE TABLE study_posts (
    channel      TEXT   NOT NULL,
    group_id     TEXT   NOT NULL,
    kind         TEXT   NOT NULL,
    occurrence   BIGINT NOT NULL,
    day          TEXT   NOT NULL,
    topic        TEXT   NOT NULL DEFAULT '',
    posted_at    BIGINT NOT NULL,
    PRIMARY KEY (channel, group_id, kind, occurrence)
);

CREATE INDEX study_posts_group_day ON study_posts (channel, group_id, day);
