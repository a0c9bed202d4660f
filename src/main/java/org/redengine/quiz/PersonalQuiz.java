package org.redengine.quiz;

import java.util.Map;
import org.redengine.storage.Sql;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Practice in a private chat: the daily set (答题: five questions, none seen in the last days unless the banks run
 * out), the wrong-answer book (错题: questions answered wrongly come back on a spaced schedule, 1, 3, 7 and 14 days
 * apart, until answered right four times), and the challenge (挑战答题: questions until the first wrong answer, with
 * a personal best). One open session per person; each answer is committed before its feedback is sent.
 */
public final class PersonalQuiz {

    public static final int DAILY_SET = 5;
    static final Duration FRESH_FOR = Duration.ofDays(7);
    /** Days until a wrong answer comes back, by box: box 1 next day, box 4 two weeks later; then it leaves the book. */
    static final int[] REVIEW_DAYS = {0, 1, 3, 7, 14};

    public enum Kind { QUIZ, REVIEW, CHALLENGE }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final QuizBanks banks;
    private final PointsLedger points;
    private final Clock clock;
    private final Random random;
    /**
     * Whether a person has a session open, as this node last read or changed it, kept for a second: most private
     * messages are questions, and this keeps them from a database read each. Another node's change shows within a
     * second; the answer itself re-reads the session in its write.
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> open;

    public PersonalQuiz(Database db, QuizBanks banks, PointsLedger points, Clock clock, Random random) {
        this.db = db;
        this.banks = banks;
        this.points = points;
        this.clock = clock;
        this.random = random;
        this.open = com.github.benmanes.caffeine.cache.Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(java.time.Duration.ofSeconds(1)).maximumSize(100_000).build();
    }

    private static String person(Incoming m) {
        return m.channel() + "\u0000" + m.userId();
    }

    private record Session(Kind kind, List<String> questions, int position, int correct) {
    }

    /** Starts a session of this kind (replacing an open one) and asks its first question. */
    public List<Reply> start(Incoming m, Kind kind, String bankName) {
        if (banks.banks().isEmpty()) return notice("题库还是空的，请管理员先导入题库。");
        if (bankName != null && !bankName.isBlank() && !banks.banks().containsKey(bankName)) {
            return notice("没有找到题库“" + bankName + "”。现有题库：" + String.join("、", banks.banks().keySet()));
        }
        long now = clock.millis();
        List<Reply> started = db.write(c -> {
            List<String> picked = switch (kind) {
                case QUIZ -> pickFresh(c, m, bankName, DAILY_SET, now);
                case CHALLENGE -> pickFresh(c, m, bankName, 200, now);
                case REVIEW -> dueReviews(c, m, now);
            };
            if (picked.isEmpty()) {
                return notice(kind == Kind.REVIEW ? "错题本里现在没有到期要复习的题目，继续保持！" : "题库里暂时没有可用的题目。");
            }
            saveSession(c, m, new Session(kind, picked, 0, 0), now);
            return List.of(question(kind, picked, 0, intro(kind, picked.size())));
        });
        open.invalidate(person(m)); // read again on the next message
        return started;
    }

    /** Whether this person has a session waiting for an answer. */
    public boolean hasOpenSession(Incoming m) {
        return open.get(person(m), k -> db.read(c -> load(c, m) != null));
    }

    /** Ends the open session; true when there was one. */
    public boolean stop(Incoming m) {
        boolean stopped = db.write(c -> {
            return Sql.update(c, "DELETE FROM quiz_sessions WHERE channel = ? AND user_id = ?", m.channel(), m.userId()) > 0;
        });
        open.invalidate(person(m));
        return stopped;
    }

    /**
     * Treats the message as the answer to the open question. Returns null when there is no open session (the
     * message is then an ordinary message), or a reminder when a choice question gets something other than letters.
     */
    public List<Reply> answer(Incoming m) {
        if (!hasOpenSession(m)) return null; // a cached check keeps ordinary questions off the database
        long now = clock.millis();
        List<Reply> answered = db.write(c -> {
            Session s = load(c, m);
            if (s == null) return null;
            Question q = banks.question(s.questions().get(s.position()));
            if (m.choicesId() != null && !m.choicesId().startsWith(choicesPrefix(s.questions().get(s.position()), s.position()))) {
                return List.of(Reply.of(ReplyType.NOTICE, "那张卡片上的题已经答过了，请回答最新的一题。"));
            }
            if (q == null) { // the bank changed under the session: skip the question
                return advance(c, m, s, false, now, "这道题已从题库中移除，已跳过。");
            }
            if (!answerShaped(q, m.text())) {
                return List.of(Reply.of(ReplyType.NOTICE, switch (q.type()) {
                    case SINGLE, MULTIPLE -> "请回复选项字母，例如 B" + (q.type() == QuestionType.MULTIPLE ? " 或 ACD" : "") + "；发送“结束答题”可以退出。";
                    default -> "请回复“对”或“错”；发送“结束答题”可以退出。";
                }));
            }
            boolean right = q.isCorrect(m.text());
            recordAnswer(c, m, q, s.kind(), right, now);
            int earned = right ? points.award(c, m.channel(), m.userId(), activity(s.kind()), now) : 0;
            String feedback = (right ? "✅ 回答正确！" + (earned > 0 ? "+" + earned + " 积分" : "（今日该项积分已满）")
                    : "❌ 回答错误。正确答案：" + q.answerText()) + "\n解析：" + q.explanation();
            return advance(c, m, new Session(s.kind(), s.questions(), s.position(), s.correct() + (right ? 1 : 0)), right, now, feedback);
        });
        open.invalidate(person(m)); // the session may have ended
        return answered;
    }

    private static boolean answerShaped(Question q, String text) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> Question.letters(text) != null;
            case TRUE_FALSE -> Question.trueFalse(text) != null;
            case FILL_IN -> !text.isBlank();
        };
    }

    private static String activity(Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Moves to the next question, or ends the session with a summary. */
    private List<Reply> advance(Connection c, Incoming m, Session s, boolean lastRight, long now, String feedback) throws SQLException {
        int next = s.position() + 1;
        boolean challengeOver = s.kind() == Kind.CHALLENGE && !lastRight;
        if (next >= s.questions().size() || challengeOver) {
            deleteSession(c, m);
            String summary = switch (s.kind()) {
                case QUIZ -> "本次答题结束：答对 " + s.correct() + "/" + s.questions().size() + " 题。发送“错题”复习答错的题目，发送“积分”查看积分。";
                case REVIEW -> "本轮错题复习结束：答对 " + s.correct() + "/" + s.questions().size() + " 题。答对的题会隔几天再来，巩固记忆。";
                case CHALLENGE -> challengeSummary(c, m, s.correct(), now);
            };
            return List.of(Reply.of(ReplyType.NOTICE, feedback + "\n\n" + summary));
        }
        saveSession(c, m, new Session(s.kind(), s.questions(), next, s.correct()), now);
        return List.of(question(s.kind(), s.questions(), next, feedback));
    }

    /**
     * A question as a message: the lead (an intro, or the verdict on the last answer) and the question with how to
     * answer, plus its options to pick from where it has any (a card on the WeCom robot).
     */
    private Reply question(Kind kind, List<String> keys, int position, String lead) {
        String text = lead + "\n\n" + ask(kind, keys, position);
        Question q = banks.question(keys.get(position));
        if (q == null || q.type() == QuestionType.FILL_IN) return Reply.of(ReplyType.NOTICE, text);
        List<org.redengine.conversation.Choices.Option> options = new java.util.ArrayList<>();
        if (q.type() == QuestionType.TRUE_FALSE) {
            options.add(new org.redengine.conversation.Choices.Option("对", "对"));
            options.add(new org.redengine.conversation.Choices.Option("错", "错"));
        } else {
            for (int i = 0; i < q.options().size(); i++) {
                String key = String.valueOf((char) ('A' + i));
                options.add(new org.redengine.conversation.Choices.Option(key, key + ". " + q.options().get(i)));
            }
        }
        String title = (kind == Kind.CHALLENGE ? "第" + (position + 1) + "题" : "第" + (position + 1) + "/" + keys.size() + "题")
                + " · " + q.type().chinese();
        // unique per card: the question, its place in the session and a random part (the same question may come again)
        String id = choicesPrefix(keys.get(position), position) + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        return Reply.withChoices(ReplyType.NOTICE, text, new org.redengine.conversation.Choices(id, title, q.stem(), options,
                q.type() == QuestionType.MULTIPLE, lead));
    }

    /** The start of a quiz card's id: the question's key and its place, so a tap on an older card is recognised. */
    private static String choicesPrefix(String questionKey, int position) {
        String hash = questionKey.substring(questionKey.lastIndexOf(':') + 1);
        return "quiz_" + hash + "_" + position + "_";
    }

    private String ask(Kind kind, List<String> keys, int position) {
        Question q = banks.question(keys.get(position));
        if (q == null) return "（题目已从题库中移除，请回复任意选项跳过）";
        StringBuilder sb = new StringBuilder();
        sb.append(kind == Kind.CHALLENGE ? "第" + (position + 1) + "题" : "第" + (position + 1) + "/" + keys.size() + "题")
                .append("（").append(q.type().chinese()).append("）\n").append(q.stemWithOptions());
        sb.append('\n').append(switch (q.type()) {
            case SINGLE -> "请回复选项字母。";
            case MULTIPLE -> "请回复所有正确选项的字母，例如 AC。";
            case TRUE_FALSE -> "请回复“对”或“错”。";
            case FILL_IN -> "请直接回复答案。";
        });
        return sb.toString();
    }

    private static String intro(Kind kind, int count) {
        return switch (kind) {
            case QUIZ -> "今日答题开始，共 " + count + " 题。每题答完会告诉你对错和解析。";
            case REVIEW -> "错题复习开始，共 " + count + " 题到期。";
            case CHALLENGE -> "挑战答题开始：一直答下去，答错一题即结束。";
        };
    }

    private String challengeSummary(Connection c, Incoming m, int streak, long now) throws SQLException {
        int best = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT best FROM challenge_best WHERE channel = ? AND user_id = ?")) {
            ps.setString(1, m.channel());
            ps.setString(2, m.userId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) best = rs.getInt(1);
            }
        }
        if (streak > best) {
            Sql.update(c, """
                    INSERT INTO challenge_best (channel, user_id, best, achieved_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (channel, user_id) DO UPDATE SET best = excluded.best, achieved_at = excluded.achieved_at""", m.channel(), m.userId(), streak, now);
            return "挑战结束：连续答对 " + streak + " 题，刷新了个人最好成绩！";
        }
        return "挑战结束：连续答对 " + streak + " 题，个人最好成绩是 " + best + " 题。";
    }

    /** Questions the person has not answered in the last days, at random; older ones when the banks run out. */
    private List<String> pickFresh(Connection c, Incoming m, String bankName, int count, long now) throws SQLException {
        List<String> all = new ArrayList<>();
        banks.banks().forEach((name, bank) -> {
            if (bankName == null || bankName.isBlank() || bankName.equals(name)) bank.questions().forEach(q -> all.add(QuizBanks.key(q)));
        });
        Set<String> recent = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT question_key FROM quiz_answers WHERE channel = ? AND user_id = ? AND answered_at >= ?")) {
            ps.setString(1, m.channel());
            ps.setString(2, m.userId());
            ps.setLong(3, now - FRESH_FOR.toMillis());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) recent.add(rs.getString(1));
            }
        }
        List<String> fresh = new ArrayList<>(all.stream().filter(k -> !recent.contains(k)).toList());
        List<String> seen = new ArrayList<>(all.stream().filter(recent::contains).toList());
        Collections.shuffle(fresh, random);
        Collections.shuffle(seen, random);
        fresh.addAll(seen); // exhausted: fall back to questions seen recently
        return new ArrayList<>(fresh.subList(0, Math.min(count, fresh.size())));
    }

    private List<String> dueReviews(Connection c, Incoming m, long now) throws SQLException {
        List<String> due = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT question_key FROM wrong_book WHERE channel = ? AND user_id = ? AND due_at <= ? ORDER BY due_at LIMIT ?")) {
            ps.setString(1, m.channel());
            ps.setString(2, m.userId());
            ps.setLong(3, now);
            ps.setInt(4, 10);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (banks.question(rs.getString(1)) != null) due.add(rs.getString(1));
                }
            }
        }
        return due;
    }

    /** Writes the answer, and moves the question in or out of the wrong-answer book. */
    private static void recordAnswer(Connection c, Incoming m, Question q, Kind kind, boolean right, long now) throws SQLException {
        String key = QuizBanks.key(q);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO quiz_answers (channel, user_id, question_key, kind, correct, answered_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, m.channel());
            ps.setString(2, m.userId());
            ps.setString(3, key);
            ps.setString(4, kind.name().toLowerCase(java.util.Locale.ROOT));
            ps.setInt(5, right ? 1 : 0);
            ps.setLong(6, now);
            ps.executeUpdate();
        }
        if (!right) {
            Sql.update(c, """
                    INSERT INTO wrong_book (channel, user_id, question_key, box, due_at, wrong_count) VALUES (?, ?, ?, 1, ?, 1)
                    ON CONFLICT (channel, user_id, question_key) DO UPDATE SET box = 1, due_at = excluded.due_at,
                      wrong_count = wrong_book.wrong_count + 1""", m.channel(), m.userId(), key, now + Duration.ofDays(REVIEW_DAYS[1]).toMillis());
        } else if (kind == Kind.REVIEW) {
            int box = 1;
            try (PreparedStatement ps = c.prepareStatement("SELECT box FROM wrong_book WHERE channel = ? AND user_id = ? AND question_key = ?")) {
                ps.setString(1, m.channel());
                ps.setString(2, m.userId());
                ps.setString(3, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) box = rs.getInt(1);
                }
            }
            if (box + 1 >= REVIEW_DAYS.length) {
                Sql.update(c, "DELETE FROM wrong_book WHERE channel = ? AND user_id = ? AND question_key = ?", m.channel(), m.userId(), key);
            } else {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE wrong_book SET box = ?, due_at = ? WHERE channel = ? AND user_id = ? AND question_key = ?")) {
                    ps.setInt(1, box + 1);
                    ps.setLong(2, now + Duration.ofDays(REVIEW_DAYS[box + 1]).toMillis());
                    ps.setString(3, m.channel());
                    ps.setString(4, m.userId());
                    ps.setString(5, key);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static Session load(Connection c, Incoming m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, questions, position, correct FROM quiz_sessions WHERE channel = ? AND user_id = ?")) {
            ps.setString(1, m.channel());
            ps.setString(2, m.userId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                try {
                    List<String> keys = JSON.readValue(rs.getString(2), new TypeReference<List<String>>() { });
                    return new Session(Kind.valueOf(rs.getString(1)), keys, rs.getInt(3), rs.getInt(4));
                } catch (Exception e) {
                    return null;
                }
            }
        }
    }

    private static void saveSession(Connection c, Incoming m, Session s, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO quiz_sessions (channel, user_id, kind, questions, position, correct, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (channel, user_id) DO UPDATE SET kind = excluded.kind, questions = excluded.questions,
                  position = excluded.position, correct = excluded.correct""")) {
            ps.setString(1, m.channel());
            ps.setString(2, m.userId());
            ps.setString(3, s.kind().name());
            try {
                ps.setString(4, JSON.writeValueAsString(s.questions()));
            } catch (Exception e) {
                throw new SQLException(e);
            }
            ps.setInt(5, s.position());
            ps.setInt(6, s.correct());
            ps.setLong(7, now);
            ps.executeUpdate();
        }
    }

    private static void deleteSession(Connection c, Incoming m) throws SQLException {
        Sql.update(c, "DELETE FROM quiz_sessions WHERE channel = ? AND user_id = ?", m.channel(), m.userId());
    }

    private static List<Reply> notice(String text) {
        return List.of(Reply.of(ReplyType.NOTICE, text));
    }

    /** One member's quiz answers in a period. */
    public record Answers(int answered, int right) {
        Answers plus(boolean correct) {
            return new Answers(answered + 1, right + (correct ? 1 : 0));
        }
    }

    /** Members' quiz answers between two instants (reports): per member, and each answer's time. */
    public record Activity(Map<String, Answers> byMember, List<Long> times) {
    }

    public Activity activity(String channel, java.util.Collection<String> members, long start, long end) {
        Map<String, Answers> byMember = new java.util.HashMap<>();
        List<Long> times = new ArrayList<>();
        List<String> all = new ArrayList<>(members);
        for (int from = 0; from < all.size(); from += 500) { // in batches: a statement takes only so many parameters
            List<String> batch = all.subList(from, Math.min(all.size(), from + 500));
            Object[] args = new Object[batch.size() + 3];
            args[0] = channel;
            args[1] = start;
            args[2] = end;
            for (int i = 0; i < batch.size(); i++) args[i + 3] = batch.get(i);
            db.read(c -> {
                Sql.each(c, "SELECT user_id, correct, answered_at FROM quiz_answers WHERE channel = ? AND answered_at >= ? AND answered_at < ?"
                        + " AND user_id IN (" + "?,".repeat(batch.size() - 1) + "?)", rs -> {
                    boolean correct = rs.getInt(2) != 0;
                    byMember.merge(rs.getString(1), new Answers(1, correct ? 1 : 0), (a, b) -> a.plus(correct));
                    times.add(rs.getLong(3));
                }, args);
                return null;
            });
        }
        return new Activity(byMember, times);
    }
}
