package org.redengine.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The personal quiz over the chat API: daily set, feedback, wrong-answer book, challenge, points and ranking. */
class PersonalQuizTest {

    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        Path quizzes = tmp.resolve("quizzes");
        Files.createDirectories(quizzes);
        StringBuilder csv = new StringBuilder("题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,分类,难度,来源\n");
        for (int i = 1; i <= 12; i++) {
            csv.append("单选,测试题").append(i).append("：正确答案是哪一个？,甲,乙,丙,,,,B,正确答案是乙（第").append(i).append("题）。,测试,易,测试\n");
        }
        Files.writeString(quizzes.resolve("测试题库.csv"), csv, StandardCharsets.UTF_8);
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                quizzes, Settings.DEFAULT_THRESHOLD, 4, false);
        server = new TestServer(settings);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String say(String user, String text) throws Exception {
        return server.ask(user, null, text).at("/replies/0/text").asText();
    }

    private String sayInGroup(String user, String group, String text) throws Exception {
        JsonNode r = server.ask(user, group, text);
        return r.at("/replies/0/text").asText();
    }

    @Test
    void theDailyQuizAsksFiveQuestionsWithFeedbackAndAwardsPoints() throws Exception {
        String first = say("q-u1", "答题");
        assertThat(first).contains("今日答题开始，共 5 题").contains("第1/5题（单选）").contains("A. 甲").contains("B. 乙");
        String right = say("q-u1", "b");
        assertThat(right).startsWith("✅ 回答正确！+10 积分").contains("解析：正确答案是乙").contains("第2/5题");
        String wrong = say("q-u1", "A");
        assertThat(wrong).startsWith("❌ 回答错误。正确答案：B. 乙").contains("第3/5题");
        assertThat(say("q-u1", "遵义会议是哪年开的")).contains("请回复选项字母");
        say("q-u1", "B");
        say("q-u1", "B");
        String last = say("q-u1", "B");
        assertThat(last).contains("本次答题结束：答对 4/5 题");
        assertThat(say("q-u1", "积分")).contains("今日 40").contains("累计 40");
        assertThat(say("q-u1", "遵义会议是哪年开的？")).as("after the set, questions go to the knowledge base again").contains("1935");
    }

    @Test
    void wrongAnswersComeBackInReviewAndTheChallengeEndsAtTheFirstMistake() throws Exception {
        say("q-u2", "答题");
        say("q-u2", "A"); // wrong
        say("q-u2", "结束答题");
        assertThat(say("q-u2", "错题")).as("not due until tomorrow").contains("没有到期");
        String challenge = say("q-u2", "挑战答题");
        assertThat(challenge).contains("挑战答题开始").contains("第1题");
        say("q-u2", "B");
        say("q-u2", "B");
        String end = say("q-u2", "C");
        assertThat(end).contains("挑战结束：连续答对 2 题，刷新了个人最好成绩");
        assertThat(say("q-u2", "答题 不存在的题库")).contains("没有找到题库").contains("测试题库");
    }

    @Test
    void theGroupRankingListsMembersByTheirPoints() throws Exception {
        sayInGroup("q-u3", "q-g1", "大家好");
        sayInGroup("q-u4", "q-g1", "大家好");
        say("q-u3", "答题");
        say("q-u3", "B");
        say("q-u3", "B");
        say("q-u4", "答题");
        say("q-u4", "B");
        String ranking = sayInGroup("q-u4", "q-g1", "排行榜");
        assertThat(ranking).contains("本群积分排行榜").contains("【本周】");
        Matcher m = Pattern.compile("【本周】\\n1\\. (\\S+)\\s+(\\d+) 分\\n2\\. (\\S+)\\s+(\\d+) 分").matcher(ranking);
        assertThat(m.find()).as(ranking).isTrue();
        assertThat(m.group(2)).isEqualTo("20");
        assertThat(m.group(4)).isEqualTo("10");
        assertThat(say("q-u3", "排行榜")).contains("请在群聊中使用");
        assertThat(sayInGroup("q-u3", "q-g1", "答题")).contains("请在私聊中使用");
    }
}
