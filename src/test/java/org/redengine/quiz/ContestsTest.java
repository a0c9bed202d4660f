package org.redengine.quiz;

import org.redengine.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Outbound;
import org.redengine.history.MessageHistory;
import org.redengine.history.StoredConversationLog;
import org.redengine.storage.Database;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Live group contests, run by a clock the test moves: no sleeping. */
class ContestsTest {

    @TempDir
    Path tmp;
    final TestClock clock = new TestClock("2026-11-23T02:00:00Z");
    Database db;
    QuizBanks banks;
    Contests contests;
    StoredConversationLog log;
    MessageHistory history;

    @BeforeEach
    void setUp() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("quizzes"));
        Files.writeString(dir.resolve("竞赛题库.csv"), "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,分类,难度,来源\n"
                + "单选,题一：选乙,甲,乙,丙,,,,B,答案是乙。,,,\n"
                + "判断,题二：这是对的。,,,,,,,对,这句话是对的。,,,\n"
                + "填空,题三：红船停在嘉兴（　）。,,,,,,,南湖,红船停在嘉兴南湖。,,,\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("同型题库.csv"), "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,分类,难度,来源\n"
                + "单选,甲题：选乙,甲,乙,丙,,,,B,答案是乙。,,,\n"
                + "单选,乙题：选乙,甲,乙,丙,,,,B,答案是乙。,,,\n"
                + "多选,丙题：选乙丙,甲,乙,丙,,,,BC,答案是乙和丙。,,,\n", StandardCharsets.UTF_8);
        db = Database.open(null, tmp.resolve("data"));
        banks = new QuizBanks(dir);
        banks.reload();
        log = new StoredConversationLog(db, clock);
        history = new MessageHistory(db);
        contests = newContests();
        for (String user : List.of("alice", "bob", "carol")) {
            log.record(msg(user, "大家好"), List.of());
        }
    }

    private Contests newContests() {
        PointsLedger ledger = new PointsLedger(db, ZoneId.of("Asia/Shanghai"), PointsLedger.DEFAULT_RULES);
        return new Contests(db, banks, ledger, new Outbound(log), clock, new Random(7));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Incoming msg(String user, String text) {
        return new Incoming("web", user, user.substring(0, 1).toUpperCase() + user.substring(1), "g1", text, false, null, clock.instant());
    }

    private List<String> posts() {
        return history.after(ConversationKey.group("web", "g1"), 0, 100).stream().map(MessageHistory.Stored::text).toList();
    }

    /** Answers whatever the current question is, rightly or wrongly. */
    private void answer(String user, boolean right, String currentStem) {
        assertThat(contests.answer(msg(user, reply(right, currentStem)))).as("answers get no reply of their own").isEmpty();
    }

    private static String reply(boolean right, String currentStem) {
        return currentStem.contains("题一") ? (right ? "b" : "a") : currentStem.contains("题二") ? (right ? "对" : "错") : (right ? "南湖" : "西湖");
    }

    private String currentQuestion() {
        List<String> all = posts();
        for (int i = all.size() - 1; i >= 0; i--) if (all.get(i).contains("/3题")) return all.get(i);
        throw new AssertionError("no question posted");
    }

    @Test
    void aContestRunsQuestionByQuestionAndEndsWithARanking() {
        // the start and the first question come as two messages (the question with its options to pick from)
        String first = String.join("\n\n", contests.start(msg("alice", "发起竞赛"), "竞赛题库 3题 每题10秒").stream()
                .map(org.redengine.conversation.Reply::text).toList());
        assertThat(first).contains("知识竞赛开始").contains("共 3 题，每题 10 秒").contains("第1/3题");
        log.post(ConversationKey.group("web", "g1"), org.redengine.conversation.Reply.of(org.redengine.conversation.ReplyType.NOTICE, first));

        for (int q = 0; q < 3; q++) {
            String stem = currentQuestion();
            clock.advance(Duration.ofSeconds(1));
            answer("alice", true, stem);
            answer("alice", false, stem); // a second answer never counts
            clock.advance(Duration.ofSeconds(4));
            answer("bob", q != 1, stem);
            contests.tick();
            assertThat(currentQuestion()).as("carol has not answered and time is not up").isEqualTo(stem);
            clock.advance(Duration.ofSeconds(6)); // past the 10 s deadline
            assertThat(contests.answer(msg("carol", reply(true, stem)))).as("late answers are ignored without a reply").isEmpty();
            contests.tick();
        }
        List<String> all = posts();
        String result1 = all.stream().filter(t -> t.startsWith("第1题结束")).findFirst().orElseThrow();
        assertThat(result1).contains("正确答案：B. 乙").contains("解析：答案是乙。").contains("2 人作答，2 人答对").contains("【当前前五】");
        String end = all.get(all.size() - 1);
        assertThat(end).startsWith("竞赛结束！").contains("【最终排名】\n1. Alice");
        // alice: 1 s into 10 s, right each time, streak bonus from the second question on
        int q1 = Contests.score(1000, 10_000);
        assertThat(end).contains("1. Alice  " + (q1 + q1 + 100 + q1 + 200) + " 分（答对 3 题）");
        assertThat(contests.lastResult(msg("bob", "竞赛结果")).get(0).text()).contains("最近一场竞赛").contains("1. Alice");
    }

    @Test
    void aQuestionClosesEarlyWhenEveryActiveMemberHasAnswered() {
        contests.start(msg("alice", "发起竞赛"), "3题 每题30秒");
        clock.advance(Duration.ofSeconds(2));
        String stem = "题一";
        for (String user : List.of("alice", "bob", "carol")) answer(user, true, stem.contains("题一") ? "题一" : stem);
        contests.tick();
        assertThat(posts()).anySatisfy(t -> assertThat(t).startsWith("第1题结束").contains("3 人作答"));
    }

    @Test
    void oneContestPerGroupAndOrganizersCanStopIt() {
        contests.start(msg("alice", "发起竞赛"), "");
        assertThat(contests.start(msg("bob", "发起竞赛"), "").get(0).text()).contains("已有一场竞赛正在进行");
        assertThat(contests.stop(msg("alice", "结束竞赛")).get(0).text()).contains("竞赛已提前结束").contains("【最终排名】");
        assertThat(contests.stop(msg("alice", "结束竞赛")).get(0).text()).contains("没有正在进行的竞赛");
        assertThat(contests.start(msg("alice", "发起竞赛"), "没有这个题库").get(0).text()).contains("没有找到题库").contains("竞赛题库");
        assertThat(contests.start(msg("alice", "发起竞赛"), "3题 每题1秒").get(0).text()).contains("每题时间应在");
    }

    @Test
    void aRestartedServerResumesTheContestWithTheAnswersAlreadyGiven() {
        contests.start(msg("alice", "发起竞赛"), "3题 每题10秒");
        clock.advance(Duration.ofSeconds(1));
        answer("alice", true, currentQuestionOrFirst());
        contests = newContests(); // the server restarts: nothing in memory survives
        clock.advance(Duration.ofMinutes(5)); // it was down past the deadline
        contests.tick();
        assertThat(posts()).anySatisfy(t -> assertThat(t).startsWith("第1题结束").contains("1 人作答，1 人答对"));
        assertThat(currentQuestion()).contains("第2/3题");
    }

    private String currentQuestionOrFirst() {
        return posts().isEmpty() ? "题一" : currentQuestion();
    }

    @Test
    void fasterAnswersScoreMore() {
        assertThat(Contests.score(0, 20_000)).isEqualTo(1000);
        assertThat(Contests.score(10_000, 20_000)).isEqualTo(750);
        assertThat(Contests.score(20_000, 20_000)).isEqualTo(500);
        assertThat(Contests.score(30_000, 20_000)).isEqualTo(500);
    }

    @Test
    void anAnswerSentWhileOneQuestionWasOpenIsNeverScoredOnTheNext() {
        contests.start(msg("alice", "发起竞赛"), "同型题库 3题 每题10秒");
        clock.advance(Duration.ofMillis(9_500));
        Incoming queued = msg("bob", "b"); // reached the server while the first question was open...
        clock.advance(Duration.ofMillis(1_000));
        contests.tick(); // ...but the first question closed and the second opened before it was handled
        assertThat(posts()).anySatisfy(t -> assertThat(t).startsWith("第1题结束").contains("0 人作答"));
        assertThat(contests.answer(queued)).isEmpty();
        clock.advance(Duration.ofSeconds(11));
        contests.tick();
        assertThat(posts()).anySatisfy(t -> assertThat(t).startsWith("第2题结束").contains("0 人作答"));
    }

    @Test
    void aMisformattedAnswerGetsOneShortHintAndOrdinaryChatterNone() {
        contests.start(msg("alice", "发起竞赛"), "同型题库 3题 每题10秒");
        clock.advance(Duration.ofSeconds(1));
        List<org.redengine.conversation.Reply> hint = contests.answer(msg("bob", "我觉得是B和C吧"));
        assertThat(hint).singleElement().satisfies(r -> assertThat(r.text()).contains("选项字母"));
        assertThat(contests.answer(msg("bob", "我觉得是B和C吧"))).as("one hint per member and question").isNull();
        assertThat(contests.answer(msg("carol", "今天天气不错，大家加油"))).as("chatter is not an answer").isNull();
        assertThat(contests.answer(msg("bob", "b c"))).as("letters alone are an answer").isEmpty();
    }

    @Test
    void stoppingAContestRevealsTheOpenQuestionsAnswer() {
        contests.start(msg("alice", "发起竞赛"), "同型题库 1题 每题10秒");
        String stopped = contests.stop(msg("alice", "结束竞赛")).get(0).text();
        assertThat(stopped).contains("竞赛已提前结束").contains("第1题正确答案：").contains("解析：答案是");
    }

    @Test
    void trueFalseRepliesAreOnlyTheWordsTheQuestionAsksFor() {
        assertThat(Question.trueFalse("对")).isEqualTo("对");
        assertThat(Question.trueFalse("错误。")).isEqualTo("错");
        assertThat(Question.trueFalse("√")).isEqualTo("对");
        assertThat(Question.trueFalse("A")).isNull();
        assertThat(Question.trueFalse("是")).isNull();
        assertThat(Question.trueFalse("yes")).isNull();
    }
}
