package org.redengine.quiz;

import org.redengine.storage.Sql;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Outbound;
import org.redengine.conversation.Choices;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live group contests (知识竞赛). An organizer starts one; the bot posts a question, members answer in the group
 * (only a member's first answer counts), and when the time is up, or every active member has answered, the bot
 * posts the answer, its explanation, how many got it right and the top 5, then the next question; at the end the
 * final ranking. Everything is in the database, so a restart resumes the contest where it was: {@link #tick()}
 * (called every few hundred milliseconds) moves every running contest on by the clock.
 *
 * <p>Scoring: a right answer scores from 1,000 (at once) falling linearly to 500 (at the deadline), plus a streak
 * bonus of 100 for each right answer in a row before it, at most 300.
 */
public final class Contests {

    /** Where a contest is: running, finished after its last question, or stopped early (结束竞赛). */
    public enum Status {
        RUNNING, FINISHED, STOPPED;

        /** As stored. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status of(String stored) {
            return valueOf(stored.toUpperCase(java.util.Locale.ROOT));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Contests.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final int DEFAULT_QUESTIONS = 10;
    public static final int DEFAULT_SECONDS = 20;
    static final int MIN_SECONDS = 5, MAX_SECONDS = 300, MAX_QUESTIONS = 50;
    /** Members who spoke in the group within this long count as active (the question ends when they all answered). */
    static final long ACTIVE_MILLIS = 30 * 60_000L;
    /**
     * How long after a question's deadline an answer sent in time may still be processed (a queued message, a slow
     * platform callback); later than this the question has been closed anyway.
     */
    static final long LATE_GRACE_MILLIS = 2_000;
    static final int HINT_MAX_CHARS = 20;
    /** A standalone option letter in a sentence: 「我觉得是B和C吧」. */
    private static final Pattern OPTION_LETTER = Pattern.compile("(?<![A-Za-z])[A-Fa-f](?![A-Za-z])");

    private final Database db;
    private final QuizBanks banks;
    private final PointsLedger points;
    private final Outbound outbound;
    private final Clock clock;
    private final Random random;
    /**
     * Each group's running contest (or none), as last read or moved on by this node, kept for a second: most group
     * messages then cost no database work, and an answer's write is one guarded insert. The guard re-checks the
     * question is still open, so a stale entry (another node moved the contest on) never counts an answer wrongly.
     */
    private final Cache<String, Optional<Contest>> openContests;
    /** Contests that got answers since the last tick: only these need the "has everyone answered?" count. */
    private final Set<String> answeredSinceTick = ConcurrentHashMap.newKeySet();
    /** Members already hinted for a question (contest, position, member), so a hint is never repeated. */
    private final Cache<String, Boolean> hinted;
    private long ticks;
    private volatile Runnable onStarted = () -> { }, onAnswer = () -> { };

    public Contests(Database db, QuizBanks banks, PointsLedger points, Outbound outbound, Clock clock, Random random) {
        this.db = db;
        this.banks = banks;
        this.points = points;
        this.outbound = outbound;
        this.clock = clock;
        this.random = random;
        this.openContests = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(Duration.ofSeconds(1)).maximumSize(100_000).build();
        this.hinted = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10)).maximumSize(100_000)
                .ticker(org.redengine.core.Tickers.of(clock)).build();
    }

    /** Hooks for metrics: a contest started, an answer counted. */
    public void observe(Runnable started, Runnable answerCounted) {
        this.onStarted = started;
        this.onAnswer = answerCounted;
    }

    private record Contest(String id, String channel, String groupId, String bank, List<String> questions, int seconds,
                           int position, long questionStart, Status status) {
        ConversationKey conversation() {
            return ConversationKey.group(channel, groupId);
        }
    }

    private static final Pattern COUNT = Pattern.compile("(\\d+)\\s*题");
    private static final Pattern SECONDS = Pattern.compile("(?:每题)?\\s*(\\d+)\\s*秒");

    /** 发起竞赛 [题库] [N题] [每题S秒]: starts a contest and returns its first question. */
    public List<Reply> start(Incoming m, String arguments) {
        String args = org.redengine.knowledge.TextNormalizer.normalize(arguments).strip();
        if (args.startsWith("stop")) return stop(m); // /contest stop
        if (args.startsWith("result")) return lastResult(m); // /contest result
        if (args.startsWith("start")) args = args.substring(5).strip(); // /contest start
        int count = DEFAULT_QUESTIONS, seconds = DEFAULT_SECONDS;
        Matcher c = COUNT.matcher(args);
        if (c.find()) count = Integer.parseInt(c.group(1));
        Matcher s = SECONDS.matcher(args);
        if (s.find()) seconds = Integer.parseInt(s.group(1));
        String bankName = SECONDS.matcher(COUNT.matcher(args).replaceAll(" ")).replaceAll(" ").replace("每题", " ").strip();
        return start(m.channel(), m.groupId(), m.userId(), bankName, count, seconds).replies();
    }

    /** What starting a contest did: whether it started, and the group's message (its first question, or why not). */
    public record Started(boolean started, List<Reply> replies) {
    }

    /**
     * Starts a contest in a group (an empty bank name: the first bank) and returns its first question; used by the
     * chat command and by the console, which posts the question to the group.
     */
    public Started start(String channel, String groupId, String startedBy, String bankName, int count, int seconds) {
        if (count < 1 || count > MAX_QUESTIONS) return refused("题数应在 1 到 " + MAX_QUESTIONS + " 之间。");
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) return refused("每题时间应在 " + MIN_SECONDS + " 到 " + MAX_SECONDS + " 秒之间。");
        Map<String, QuizBank> all = banks.banks();
        if (all.isEmpty()) return refused("题库还是空的，请管理员先导入题库。");
        String bank = bankName == null || bankName.isBlank() ? all.keySet().iterator().next() : bankName.strip();
        if (!all.containsKey(bank)) return refused("没有找到题库“" + bank + "”。现有题库：" + String.join("、", all.keySet()));
        List<String> keys = new ArrayList<>(all.get(bank).questions().stream().map(QuizBanks::key).toList());
        Collections.shuffle(keys, random);
        List<String> picked = new ArrayList<>(keys.subList(0, Math.min(count, keys.size())));
        long now = clock.millis();
        int secs = seconds;
        Contest contest = new Contest(UUID.randomUUID().toString(), channel, groupId, bank, picked, secs, 0, now, Status.RUNNING);
        boolean started = db.write(conn -> {
            if (running(conn, channel, groupId) != null) return false;
            insert(conn, contest, startedBy);
            return true;
        });
        if (!started) return refused("本群已有一场竞赛正在进行，请等它结束，或由组织者发送“结束竞赛”。");
        openContests.put(groupKey(channel, groupId), Optional.of(contest));
        onStarted.run();
        return new Started(true, List.of(Reply.of(ReplyType.NOTICE, "知识竞赛开始！题库：" + bank + "，共 " + picked.size() + " 题，每题 " + secs
                + " 秒。直接在群里回复答案（选项字母、对/错或填空内容；有选项卡片的点选项），只算第一次回答，答得越快分越高。"),
                question(contest, 0)));
    }

    private static Started refused(String why) {
        return new Started(false, notice(why));
    }

    /** Whether the group has a contest running now. */
    public boolean running(String channel, String groupId) {
        return db.read(conn -> running(conn, channel, groupId)) != null;
    }

    /**
     * An answer to the open question of the group's contest; null when there is none (an ordinary message). An answer
     * counts for the question that was open when it reached the server: one that arrived before the current question
     * was posted (the previous question's late answers, still queued) or after its deadline is dropped, never scored
     * on another question. Text that looks like a misformatted answer gets a short hint, once per member and question.
     */
    public List<Reply> answer(Incoming m) {
        if (!m.isGroup()) return null;
        Contest c = openContests.get(groupKey(m.channel(), m.groupId()),
                k -> Optional.ofNullable(db.read(conn -> running(conn, m.channel(), m.groupId())))).orElse(null);
        if (c == null) return null;
        Question q = banks.question(c.questions().get(c.position()));
        if (q == null) return null;
        if (m.choicesId() != null && !m.choicesId().equals(choicesId(c, c.position()))) {
            return notice("这道题已经结束了，这次选择没有计分。请看最新的题目。"); // a tap on an earlier question's card
        }
        if (!answerShaped(q, m.text())) {
            String hint = hint(q, m.text());
            if (hint == null || hinted.asMap().putIfAbsent(c.id() + "\u0000" + c.position() + "\u0000" + m.userId(), Boolean.TRUE) != null) {
                return null;
            }
            return notice(hint);
        }
        long sent = m.receivedAt().toEpochMilli();
        long deadline = c.questionStart() + c.seconds() * 1000L;
        // sent before this question was posted: it answered an earlier, closed one; sent after the deadline: too late
        if (sent < c.questionStart() || sent > deadline || clock.millis() > deadline + LATE_GRACE_MILLIS) {
            return m.choicesId() != null ? notice("本题时间已到，这次选择没有计分。") : List.of();
        }
        boolean right = q.isCorrect(m.text());
        // earlier questions are closed, so the streak read needs no write lock
        int streak = right && c.position() > 0 ? db.read(conn -> streakBefore(conn, c.id(), c.position(), m.userId())) : 0;
        int score = right ? score(sent - c.questionStart(), c.seconds() * 1000L) + 100 * Math.min(streak, 3) : 0;
        boolean counted = db.write(conn -> {
            // only while this very question is open: the contest may have moved on since it was read
            int inserted = Sql.update(conn, """
                    INSERT INTO contest_answers (contest_id, position, user_id, answer, correct, score, answered_at)
                    SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS
                      (SELECT 1 FROM contests WHERE id = ? AND position = ? AND status = 'running')
                    ON CONFLICT (contest_id, position, user_id) DO NOTHING""",
                    c.id(), c.position(), m.userId(), m.text().length() > 100 ? m.text().substring(0, 100) : m.text(),
                    right ? 1 : 0, score, sent, c.id(), c.position());
            if (inserted == 0) return false;
            if (right) points.award(conn, m.channel(), m.userId(), "contest", sent);
            return true;
        });
        if (counted) {
            answeredSinceTick.add(c.id());
            onAnswer.run();
        }
        return List.of(); // answers are counted quietly; the result comes when the question closes
    }

    /**
     * A short hint for text that looks like an attempt to answer in the wrong form (「我觉得是B和C吧」, 「应该对吧」),
     * or null for ordinary chatter.
     */
    static String hint(Question q, String text) {
        String t = org.redengine.knowledge.TextNormalizer.normalize(text).strip();
        if (t.isEmpty() || t.codePointCount(0, t.length()) > HINT_MAX_CHARS) return null;
        return switch (q.type()) {
            case SINGLE -> OPTION_LETTER.matcher(t).find() ? "竞赛作答请只回复一个选项字母，例如“B”。" : null;
            case MULTIPLE -> OPTION_LETTER.matcher(t).find() ? "竞赛作答请只回复选项字母，多选题连写，例如“BC”。" : null;
            case TRUE_FALSE -> t.matches(".*(对|错|正确|错误|√|×).*") ? "判断题请只回复“对”或“错”。" : null;
            case FILL_IN -> null; // any short text is a fill-in answer
        };
    }

    private static String groupKey(String channel, String groupId) {
        return channel + "\u0000" + groupId;
    }

    static int score(long elapsedMillis, long windowMillis) {
        double fraction = Math.min(1, Math.max(0, (double) elapsedMillis / windowMillis));
        return (int) Math.round(1000 - 500 * fraction);
    }

    /** 结束竞赛: stops the group's contest early, reveals the open question's answer and announces the ranking so far. */
    public List<Reply> stop(Incoming m) {
        return stop(m.channel(), m.groupId());
    }

    /** Stops the group's contest (结束竞赛, or the console); the reply says what happened. */
    public List<Reply> stop(String channel, String groupId) {
        Contest c = db.read(conn -> running(conn, channel, groupId));
        if (c == null) return notice("本群现在没有正在进行的竞赛。");
        Question open = banks.question(c.questions().get(c.position()));
        String result = db.write(conn -> {
            setStatus(conn, c.id(), Status.STOPPED, clock.millis());
            StringBuilder sb = new StringBuilder("竞赛已提前结束。");
            if (open != null) {
                sb.append("\n第").append(c.position() + 1).append("题正确答案：").append(open.answerText());
                if (!open.explanation().isBlank()) sb.append("\n解析：").append(open.explanation());
            }
            return sb.append("\n").append(ranking(conn, c, "最终排名")).toString();
        });
        openContests.invalidate(groupKey(channel, groupId));
        return notice(result);
    }

    /** 竞赛结果: the last contest of the group and its ranking. */
    public List<Reply> lastResult(Incoming m) {
        return notice(db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    SELECT id, channel, group_id, bank, questions, seconds, position, question_start, status FROM contests
                    WHERE channel = ? AND group_id = ? ORDER BY started_at DESC LIMIT 1""")) {
                ps.setString(1, m.channel());
                ps.setString(2, m.groupId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return "本群还没有举办过竞赛。";
                    Contest c = contest(rs);
                    String state = switch (c.status()) {
                        case RUNNING -> "（进行中）";
                        case STOPPED -> "（提前结束）";
                        case FINISHED -> "";
                    };
                    return "最近一场竞赛" + state + "：题库 " + c.bank() + "，共 " + c.questions().size() + " 题。\n" + ranking(conn, c, "排名");
                }
            }
        }));
    }

    /** Moves every running contest on by the clock: closes questions whose time is up or that all answered. */
    public void tick() {
        List<Contest> runningNow = db.read(conn -> {
            List<Contest> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    SELECT id, channel, group_id, bank, questions, seconds, position, question_start, status FROM contests
                    WHERE status = 'running'""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(contest(rs));
            }
            return out;
        });
        long now = clock.millis();
        // counting who answered costs two queries per contest: do it for contests with new answers here, and for
        // all every 2 s (answers that reached another node)
        boolean countAll = ticks++ % 8 == 0;
        for (Contest c : runningNow) {
            openContests.put(groupKey(c.channel(), c.groupId()), Optional.of(c));
        }
        for (Contest c : runningNow) {
            try {
                boolean fresh = answeredSinceTick.remove(c.id()) || countAll;
                if (now >= c.questionStart() + c.seconds() * 1000L || (fresh && allActiveAnswered(c, now))) {
                    closeQuestion(c, now);
                }
            } catch (RuntimeException e) {
                log.warn("contest {} could not move on", c.id(), e);
            }
        }
    }

    private boolean allActiveAnswered(Contest c, long now) {
        return db.read(conn -> {
            int answered = Sql.one(conn, "SELECT COUNT(*) FROM contest_answers WHERE contest_id = ? AND position = ?",
                    rs -> rs.getInt(1), c.id(), c.position());
            // active: members seen in the group lately (people's facade), and everyone who answered in this contest
            Set<String> active = new java.util.HashSet<>(
                    org.redengine.people.PeopleStore.seenSince(conn, c.channel(), c.groupId(), now - ACTIVE_MILLIS));
            active.addAll(Sql.list(conn, "SELECT DISTINCT user_id FROM contest_answers WHERE contest_id = ?",
                    rs -> rs.getString(1), c.id()));
            return answered > 0 && answered >= active.size();
        });
    }

    /** Posts the closed question's result, then the next question or the final ranking (one transaction moves it on). */
    private void closeQuestion(Contest c, long now) {
        List<Reply> posts = db.write(conn -> {
            Contest fresh = byId(conn, c.id());
            if (fresh == null || fresh.status() != Status.RUNNING || fresh.position() != c.position()) return List.of(); // moved on already
            List<Reply> out = new ArrayList<>();
            out.add(Reply.of(ReplyType.NOTICE, result(conn, fresh)));
            int next = fresh.position() + 1;
            // guarded by the position read, so two processes can never both move the same question on
            if (next >= fresh.questions().size()) {
                try (PreparedStatement ps = conn.prepareStatement(
                        "UPDATE contests SET status = 'finished', finished_at = ? WHERE id = ? AND status = 'running' AND position = ?")) {
                    ps.setLong(1, now);
                    ps.setString(2, fresh.id());
                    ps.setInt(3, fresh.position());
                    if (ps.executeUpdate() == 0) return List.of();
                }
                out.add(Reply.of(ReplyType.NOTICE, "竞赛结束！\n" + ranking(conn, fresh, "最终排名")));
            } else {
                try (PreparedStatement ps = conn.prepareStatement(
                        "UPDATE contests SET position = ?, question_start = ? WHERE id = ? AND status = 'running' AND position = ?")) {
                    ps.setInt(1, next);
                    ps.setLong(2, now);
                    ps.setString(3, fresh.id());
                    ps.setInt(4, fresh.position());
                    if (ps.executeUpdate() == 0) return List.of();
                }
                out.add(question(fresh, next));
            }
            return out;
        });
        openContests.invalidate(groupKey(c.channel(), c.groupId()));
        for (Reply post : posts) {
            outbound.post(c.conversation(), post);
        }
    }

    private String result(Connection conn, Contest c) throws SQLException {
        Question q = banks.question(c.questions().get(c.position()));
        int answered = 0, right = 0;
        try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*), COALESCE(SUM(correct), 0) FROM contest_answers WHERE contest_id = ? AND position = ?")) {
            ps.setString(1, c.id());
            ps.setInt(2, c.position());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                answered = rs.getInt(1);
                right = rs.getInt(2);
            }
        }
        StringBuilder sb = new StringBuilder("第" + (c.position() + 1) + "题结束。");
        if (q != null) sb.append("正确答案：").append(q.answerText()).append("\n解析：").append(q.explanation());
        sb.append("\n").append(answered).append(" 人作答，").append(right).append(" 人答对。\n").append(ranking(conn, c, "当前前五"));
        return sb.toString();
    }

    /** The ranking so far (top 5, or everyone for the final one is still capped at 10 to keep the message short). */
    private String ranking(Connection conn, Contest c, String title) throws SQLException {
        // names as other members see them (people's facade): display names, or 成员N, never raw ids
        Map<String, String> names = org.redengine.people.PeopleStore.members(conn, c.channel(), c.groupId());
        StringBuilder sb = new StringBuilder("【" + title + "】");
        int[] rank = {0};
        Sql.each(conn, """
                SELECT user_id, SUM(score) AS total, SUM(correct) AS right_answers FROM contest_answers
                WHERE contest_id = ? GROUP BY user_id ORDER BY total DESC, user_id LIMIT ?""", rs -> sb.append("\n").append(++rank[0])
                .append(". ").append(names.getOrDefault(rs.getString(1), "成员")).append("  ").append(rs.getInt(2))
                .append(" 分（答对 ").append(rs.getInt(3)).append(" 题）"), c.id(), title.startsWith("当前") ? 5 : 10);
        if (rank[0] == 0) sb.append("暂无人答对");
        return sb.toString();
    }

    /** The id a question's options carry: unique per contest and question (a WeCom card's task_id). */
    static String choicesId(Contest c, int position) {
        return "contest_" + c.id().replace("-", "") + "_" + position;
    }

    /** A question as a message: its text (with how to answer), and its options to pick from where it has any. */
    private Reply question(Contest c, int position) {
        String text = ask(c, position);
        Question q = banks.question(c.questions().get(position));
        if (q == null || q.type() == QuestionType.FILL_IN) return Reply.of(ReplyType.NOTICE, text);
        List<Choices.Option> options = new ArrayList<>();
        if (q.type() == QuestionType.TRUE_FALSE) {
            options.add(new Choices.Option("对", "对"));
            options.add(new Choices.Option("错", "错"));
        } else {
            for (int i = 0; i < q.options().size(); i++) {
                String key = String.valueOf((char) ('A' + i));
                options.add(new Choices.Option(key, key + ". " + q.options().get(i)));
            }
        }
        String title = "第" + (position + 1) + "/" + c.questions().size() + "题 · " + q.type().chinese() + " · " + c.seconds() + " 秒";
        return Reply.withChoices(ReplyType.NOTICE, text,
                new Choices(choicesId(c, position), title, q.stem(), options, q.type() == QuestionType.MULTIPLE, ""));
    }

    private String ask(Contest c, int position) {
        Question q = banks.question(c.questions().get(position));
        StringBuilder sb = new StringBuilder("第" + (position + 1) + "/" + c.questions().size() + "题（" + (q == null ? "已移除" : q.type().chinese())
                + "，" + c.seconds() + " 秒）\n");
        if (q == null) return sb.append("这道题已从题库中移除，本题不计分。").toString();
        sb.append(q.stemWithOptions());
        return switch (q.type()) {
            case SINGLE -> sb.append("\n（回复一个选项字母）").toString();
            case MULTIPLE -> sb.append("\n（回复全部正确选项的字母，如“AC”）").toString();
            case TRUE_FALSE -> sb.append("\n（回复“对”或“错”）").toString();
            case FILL_IN -> sb.append("\n（直接回复所填内容）").toString();
        };
    }

    private static boolean answerShaped(Question q, String text) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> Question.letters(text) != null;
            case TRUE_FALSE -> Question.trueFalse(text) != null;
            case FILL_IN -> !text.isBlank() && text.strip().length() <= 30;
        };
    }

    private static int streakBefore(Connection conn, String contestId, int position, String user) throws SQLException {
        int streak = 0;
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT position, correct FROM contest_answers WHERE contest_id = ? AND user_id = ? AND position < ? ORDER BY position DESC")) {
            ps.setString(1, contestId);
            ps.setString(2, user);
            ps.setInt(3, position);
            try (ResultSet rs = ps.executeQuery()) {
                int expected = position - 1;
                while (rs.next() && rs.getInt(1) == expected && rs.getInt(2) == 1) {
                    streak++;
                    expected--;
                }
            }
        }
        return streak;
    }

    private static Contest running(Connection conn, String channel, String groupId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT id, channel, group_id, bank, questions, seconds, position, question_start, status FROM contests
                WHERE channel = ? AND group_id = ? AND status = 'running'""")) {
            ps.setString(1, channel);
            ps.setString(2, groupId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? contest(rs) : null;
            }
        }
    }

    private static Contest byId(Connection conn, String id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT id, channel, group_id, bank, questions, seconds, position, question_start, status FROM contests WHERE id = ?""")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? contest(rs) : null;
            }
        }
    }

    private static Contest contest(ResultSet rs) throws SQLException {
        try {
            List<String> keys = JSON.readValue(rs.getString(5), new TypeReference<List<String>>() { });
            return new Contest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), keys, rs.getInt(6),
                    rs.getInt(7), rs.getLong(8), Status.of(rs.getString(9)));
        } catch (Exception e) {
            throw new SQLException("bad contest row", e);
        }
    }

    private static void insert(Connection conn, Contest c, String startedBy) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                INSERT INTO contests (id, channel, group_id, bank, questions, seconds, position, question_start, status, started_by, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, c.id());
            ps.setString(2, c.channel());
            ps.setString(3, c.groupId());
            ps.setString(4, c.bank());
            try {
                ps.setString(5, JSON.writeValueAsString(c.questions()));
            } catch (Exception e) {
                throw new SQLException(e);
            }
            ps.setInt(6, c.seconds());
            ps.setInt(7, c.position());
            ps.setLong(8, c.questionStart());
            ps.setString(9, c.status().id());
            ps.setString(10, startedBy);
            ps.setLong(11, c.questionStart());
            ps.executeUpdate();
        }
    }

    private static void setStatus(Connection conn, String id, Status status, long at) throws SQLException {
        Sql.update(conn, "UPDATE contests SET status = ?, finished_at = ? WHERE id = ?", status.id(), at, id);
    }

    private static List<Reply> notice(String text) {
        return List.of(Reply.of(ReplyType.NOTICE, text));
    }

    /** One member's answers in a group's contests of a period. */
    public record Answers(int answered, int right, int score) {
    }

    /** A contest held, as reports list it. */
    public record Held(String id, String bank, long startedAt, Status status, int questions, int players, double accuracy) {
    }

    /** A group's contests started between two instants: per member, each answer's time, and the contests. */
    public record Activity(Map<String, Answers> byMember, List<Long> answerTimes, List<Held> contests) {
    }

    public Activity activity(String channel, String groupId, long start, long end) {
        return db.read(c -> {
            Map<String, int[]> member = new java.util.HashMap<>(); // answered, right, score
            Map<String, int[]> perContest = new java.util.HashMap<>(); // answers, right
            Map<String, Set<String>> players = new java.util.HashMap<>();
            List<Long> times = new ArrayList<>();
            Sql.each(c, """
                    SELECT a.contest_id, a.user_id, a.correct, a.score, a.answered_at FROM contests k
                    JOIN contest_answers a ON a.contest_id = k.id
                    WHERE k.channel = ? AND k.group_id = ? AND k.started_at >= ? AND k.started_at < ?""", rs -> {
                int[] m = member.computeIfAbsent(rs.getString(2), x -> new int[3]);
                m[0]++;
                m[1] += rs.getInt(3);
                m[2] += rs.getInt(4);
                int[] k = perContest.computeIfAbsent(rs.getString(1), x -> new int[2]);
                k[0]++;
                k[1] += rs.getInt(3);
                players.computeIfAbsent(rs.getString(1), x -> new java.util.HashSet<>()).add(rs.getString(2));
                times.add(rs.getLong(5));
            }, channel, groupId, start, end);
            List<Held> held = Sql.list(c, """
                    SELECT id, bank, started_at, status, questions FROM contests
                    WHERE channel = ? AND group_id = ? AND started_at >= ? AND started_at < ? ORDER BY started_at""", rs -> {
                int[] k = perContest.getOrDefault(rs.getString(1), new int[2]);
                return new Held(rs.getString(1), rs.getString(2), rs.getLong(3), Status.of(rs.getString(4)),
                        questionCount(rs.getString(5)), players.getOrDefault(rs.getString(1), Set.of()).size(),
                        k[0] == 0 ? 0 : (double) k[1] / k[0]);
            }, channel, groupId, start, end);
            Map<String, Answers> byMember = new java.util.HashMap<>();
            member.forEach((u, m) -> byMember.put(u, new Answers(m[0], m[1], m[2])));
            return new Activity(byMember, times, held);
        });
    }

    private static int questionCount(String keysJson) throws SQLException {
        try {
            return JSON_READER.readTree(keysJson).size();
        } catch (java.io.IOException e) {
            throw new SQLException("bad contest row", e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON_READER = new com.fasterxml.jackson.databind.ObjectMapper();
}
