package org.redengine.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestClock;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live contest over the real chat API with several members: the organizer starts it, members answer (only
 * first answers count, non-answers stay ordinary messages), the question closes as soon as every active member
 * answered, and the result and next question arrive through the group's message history. The server runs on a
 * clock the test moves, and its timers run when the test says: nothing sleeps.
 */
class ContestOverHttpTest {

    static final String TOKEN = "contest-admin";
    @TempDir
    Path tmp;
    final TestClock clock = new TestClock("2026-11-23T02:00:00Z");
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        Path quizzes = tmp.resolve("quizzes");
        Files.createDirectories(quizzes);
        StringBuilder csv = new StringBuilder("题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析\n");
        for (int i = 1; i <= 3; i++) csv.append("单选,竞赛题").append(i).append("：选哪个？,甲,乙,丙,,,,B,答案是乙。\n");
        Files.writeString(quizzes.resolve("竞赛题库.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(quizzes.resolve("判断题库.csv"), "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析\n"
                + "判断,遵义会议在1935年召开。,,,,,,,对,遵义会议于1935年1月召开。\n", StandardCharsets.UTF_8);
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                quizzes, Settings.DEFAULT_THRESHOLD, 0, false).withDatabase(null, TOKEN);
        server = new TestServer(settings, clock);
        server.signIn("boss", TOKEN, "organizer", "cg"); // an organizer appointed by invitation
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A group message from a named member; returns the bot's replies. */
    private JsonNode say(String user, String text) throws Exception {
        return server.ask(user, "成员" + user, "cg", text).path("replies");
    }

    private JsonNode history() throws Exception {
        return TestServer.JSON.readTree(server.send("GET", "/api/messages?group=cg&after=0", null, "Authorization", "Bearer " + TOKEN).body()).path("messages");
    }

    private String allText() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (JsonNode m : history()) sb.append(m.path("text").asText()).append("\n---\n");
        return sb.toString();
    }

    @Test
    void membersAnswerOverHttpAndTheQuestionClosesWhenAllAnswered() throws Exception {
        assertThat(say("m1", "发起竞赛").at("/0/text").asText()).contains("组织者");
        JsonNode start = say("boss", "发起竞赛 竞赛题库 2题 每题60秒");
        assertThat(start.at("/0/text").asText()).contains("知识竞赛开始");
        assertThat(start.at("/1/text").asText()).as("the first question, a message of its own").contains("第1/2题");

        assertThat(say("m1", "b")).isEmpty(); // counted quietly
        assertThat(say("m1", "a")).isEmpty(); // a second answer does not count
        assertThat(say("m2", "Ａ")).isEmpty(); // full-width, wrong
        assertThat(say("boss", "B")).isEmpty();

        server.runTimers(); // everyone active answered: the question closes long before its 60 s
        String text = allText();
        assertThat(text).contains("正确答案：B").contains("3 人作答，2 人答对").contains("第2/2题");

        clock.advance(Duration.ofSeconds(2));
        for (String who : new String[] {"m1", "m2", "boss"}) say(who, "b");
        server.runTimers();
        String end = allText();
        assertThat(end).contains("竞赛结束").contains("最终排名");
        // m1 (right twice: its first answer counted, not the later "a") ranks above m2 (wrong, then right)
        String ranking = end.substring(end.indexOf("最终排名"));
        assertThat(ranking).contains("成员m1").contains("成员m2").contains("成员m1").containsPattern("成员m\\d  \\d+ 分（答对 2 题）");
        assertThat(ranking.indexOf("成员m1")).isLessThan(ranking.indexOf("成员m2"));
        assertThat(ranking).contains("成员m2  ").containsPattern("成员m2  \\d+ 分（答对 1 题）");
        assertThat(say("m2", "竞赛结果").at("/0/text").asText()).contains("最近一场竞赛").contains("共 2 题");
        // with no contest running, "b" is an ordinary group message again (not @-mentioned: no reply)
        assertThat(say("m2", "b")).isEmpty();
    }

    @Test
    void anAnswerAddressedToTheBotCountsAndMembersMayAskForTheResult() throws Exception {
        say("boss", "发起竞赛 竞赛题库 1题 每题30秒");
        clock.advance(Duration.ofSeconds(3));
        // 「@红色引擎助手 B」 is an answer, not the question "B" to the knowledge base
        assertThat(say("m1", "@红色引擎助手 B")).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        server.runTimers();
        assertThat(allText()).contains("1 人作答，1 人答对").contains("1. 成员m1");
        // a member may ask for the result with either word the help offers
        assertThat(say("m2", "/contest result").at("/0/text").asText()).contains("最近一场竞赛").contains("成员m1");
        assertThat(say("m2", "竞赛结果").at("/0/text").asText()).contains("最近一场竞赛");
        assertThat(say("m2", "/contest stop").at("/0/text").asText()).contains("组织者");
    }

    @Test
    void trueFalseQuestionsSayHowToAnswerAndAcceptOnlyThat() throws Exception {
        String started = say("boss", "发起竞赛 判断题库 1题 每题30秒").at("/1/text").asText();
        assertThat(started).contains("（判断").contains("回复“对”或“错”");
        clock.advance(Duration.ofSeconds(1));
        assertThat(say("m1", "A")).as("a letter is no answer to a 判断 question").isEmpty();
        assertThat(say("m2", "我觉得是对的吧").at("/0/text").asText()).contains("“对”或“错”");
        assertThat(say("m2", "我觉得是对的吧")).as("the hint is given once").isEmpty();
        assertThat(say("m2", "对")).isEmpty();
        String stopped = say("boss", "结束竞赛").at("/0/text").asText();
        assertThat(stopped).contains("竞赛已提前结束").contains("正确答案：对").contains("解析：遵义会议于1935年1月召开。")
                .contains("1. 成员m2");
        assertThat(stopped).doesNotContain("成员m1");
    }
}
