package org.redengine.channels.wecombot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the WeCom intelligent robot over its long connection, against a local fake of the platform that
 * speaks only the documented frames (WeCom developer documentation 101463 long connection, 100719 messages, 101027
 * events, 101031 stream replies).
 */
class WeComBotTest {

    static final String TOKEN = "bot-test-admin";
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path tmp;
    FakeBotPlatform platform;
    TestServer server;

    void start(String secret) throws Exception {
        start(secret, WeComBotConfig.PUSH_PACE);
    }

    void start(String secret, Duration pushPace) throws Exception {
        platform = new FakeBotPlatform("bot-1", "secret-1");
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                tmp.resolve("q"), Settings.DEFAULT_THRESHOLD, 0, false).withDatabase(null, TOKEN)
                .withWeComBot(new WeComBotConfig("bot-1", secret, platform.url(), Duration.ofMillis(300), pushPace));
        server = new TestServer(settings);
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (platform != null) platform.close();
    }

    JsonNode subscribed() throws Exception {
        JsonNode s = platform.next("aibot_subscribe", WAIT);
        assertThat(s).as("the bot subscribes first").isNotNull();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!health().path("wecomBot").path("state").asText().equals("online") && System.nanoTime() < deadline) Thread.sleep(20);
        return s;
    }

    JsonNode health() throws Exception {
        return TestServer.JSON.readTree(server.get("/healthz").body());
    }

    /** The finished stream reply on a req_id (skipping a "thinking" chunk). */
    JsonNode finishedReply(String reqId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode f = platform.next("aibot_respond_msg", Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (f == null) break;
            assertThat(f.path("headers").path("req_id").asText()).as("replies go on the callback's req_id").isEqualTo(reqId);
            assertThat(f.path("body").path("msgtype").asText()).isEqualTo("stream");
            if (f.path("body").path("stream").path("finish").asBoolean()) return f.path("body").path("stream");
        }
        throw new AssertionError("no finished reply on " + reqId);
    }

    /** Uploads a quiz bank (the header row is added here) as the admin. */
    private void installBank(String name, String rows) throws Exception {
        String bank = "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,分类,难度,来源\n" + rows;
        assertThat(server.send("POST", "/api/admin/quiz/banks?name=" + name, bank, "Authorization", "Bearer " + TOKEN,
                "Content-Type", "text/csv").statusCode()).isEqualTo(200);
    }

    @Test
    void aGroupMentionIsAnsweredOnItsReqIdWithTheSource() throws Exception {
        start("secret-1");
        JsonNode subscribe = subscribed();
        assertThat(subscribe.path("body").path("bot_id").asText()).isEqualTo("bot-1");
        String req = platform.callback(FakeBotPlatform.text("m-1", "zhangsan", "chat-1", "@红色引擎 遵义会议是什么时候召开的？"));
        JsonNode stream = finishedReply(req);
        assertThat(stream.path("content").asText()).contains("1935").contains("> 来源：");
        assertThat(stream.path("id").asText()).isNotBlank();
        String help = platform.callback(FakeBotPlatform.text("m-help", "zhangsan", "chat-1", "@学习助手 帮助"));
        assertThat(finishedReply(help).path("content").asText()).as("whatever the robot is called").contains("@机器人 遵义会议");

        // a private chat needs no mention
        String privateReq = platform.callback(FakeBotPlatform.text("m-2", "lisi", null, "中共一大在哪里召开？"));
        assertThat(finishedReply(privateReq).path("content").asText()).contains("上海");
    }

    @Test
    void aRedeliveredMessageIsHandledOnce() throws Exception {
        start("secret-1");
        subscribed();
        ObjectNode checkIn = FakeBotPlatform.text("m-ci", "wangwu", "chat-2", "@红色引擎 打卡 学习了遵义会议");
        String first = platform.callback(checkIn);
        String firstText = finishedReply(first).path("content").asText();
        assertThat(firstText).contains("打卡成功");
        String again = platform.callback(checkIn.deepCopy()); // the platform redelivers the same msgid
        assertThat(finishedReply(again).path("content").asText()).isEqualTo(firstText);

        JsonNode report = TestServer.JSON.readTree(server.send("GET", "/api/admin/reports?channel=wecom-bot&group=chat-2&month="
                + YearMonth.now(), null, "Authorization", "Bearer " + TOKEN).body());
        assertThat(report.path("checkIns").asInt()).as("one check-in, not two").isEqualTo(1);
    }

    @Test
    void enteringAPrivateChatGetsTheWelcome() throws Exception {
        start("secret-1");
        subscribed();
        ObjectNode body = FakeBotPlatform.envelope("e-1", "zhaoliu", null).put("msgtype", "event");
        body.putObject("event").put("eventtype", "enter_chat");
        String req = platform.event(body);
        JsonNode welcome = platform.next("aibot_respond_welcome_msg", WAIT);
        assertThat(welcome).isNotNull();
        assertThat(welcome.path("headers").path("req_id").asText()).isEqualTo(req);
        assertThat(welcome.path("body").path("text").path("content").asText()).contains("红色引擎学习助手").contains("帮助");
    }

    @Test
    void aWrongSecretIsReportedAndTheServerCarriesOn() throws Exception {
        start("wrong-secret");
        assertThat(platform.next("aibot_subscribe", WAIT)).isNotNull();
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode bot = health().path("wecomBot");
        while (!bot.path("lastError").asText().contains("Secret") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            bot = health().path("wecomBot");
        }
        assertThat(bot.path("lastError").asText()).contains("订阅被拒绝").contains("Secret");
        assertThat(bot.path("state").asText()).isNotEqualTo("online");
        assertThat(server.ask("web-user", null, "遵义会议是什么时候召开的？").toString()).contains("1935");
    }

    @Test
    void pushesWaitForTheConnectionAndGoOutAfterReconnecting() throws Exception {
        start("secret-1");
        subscribed();
        // a group the robot has seen, whose organizer starts a contest from the console while the platform is away
        platform.callback(FakeBotPlatform.text("m-hello", "boss", "chat-3", "@红色引擎 你好"));
        platform.accepting = false;
        platform.drop();
        installBank("bank.csv", "单选,遵义会议是哪一年召开的？,1921年,1935年,1949年,1978年,,,B,遵义会议于1935年1月召开。,党史,易,测试\n");
        var started = server.send("POST", "/api/admin/contests", "{\"channel\":\"wecom-bot\",\"group\":\"chat-3\",\"questions\":1,\"seconds\":60}",
                "Authorization", "Bearer " + TOKEN);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (health().path("wecomBot").path("queued").asInt() < 2 && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(health().path("wecomBot").path("queued").asInt()).as("the start and the first question, queued while disconnected").isEqualTo(2);

        platform.received.clear();
        platform.accepting = true;
        JsonNode intro = nextPush("markdown", Duration.ofSeconds(20));
        assertThat(intro).as("sent after reconnecting").isNotNull();
        assertThat(intro.path("chatid").asText()).isEqualTo("chat-3");
        assertThat(intro.path("markdown").path("content").asText()).contains("知识竞赛开始");
        JsonNode card = nextPush("template_card", WAIT);
        assertThat(card).as("then the question, in order").isNotNull();
        assertThat(card.path("template_card").path("sub_title_text").asText()).contains("遵义会议是哪一年召开的");
        deadline = System.nanoTime() + WAIT.toNanos();
        while (health().path("wecomBot").path("queued").asInt() > 0 && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(health().path("wecomBot").path("queued").asInt()).isZero();
        assertThat(health().path("wecomBot").path("reconnects").asInt()).isPositive();
        assertThat(server.get("/metrics").body()).contains("redengine_wecom_bot_online 1.0").contains("redengine_wecom_bot_queued 0.0");
    }

    @Test
    void hostileFramesAreRejectedWithoutHarm() throws Exception {
        start("secret-1");
        subscribed();
        platform.raw("this is not json");
        platform.raw("{\"cmd\":\"aibot_unknown\",\"headers\":{\"req_id\":\"x\"},\"body\":{}}");
        platform.raw("[1,2,3]");
        platform.raw("{\"cmd\":\"aibot_msg_callback\",\"headers\":{\"req_id\":\"no-body\"}}");
        platform.raw("{\"cmd\":\"aibot_msg_callback\",\"headers\":{\"req_id\":\"no-sender\"},\"body\":{\"msgid\":\"h1\",\"msgtype\":\"text\",\"text\":{\"content\":\"hi\"}}}");
        String req = platform.callback(FakeBotPlatform.text("m-after", "lisi", null, "中共一大在哪里召开？"));
        assertThat(finishedReply(req).path("content").asText()).as("still answering").contains("上海");
        assertThat(health().path("wecomBot").path("framesRejected").asInt()).isGreaterThanOrEqualTo(4);

        int subscribedBefore = platform.subscriptions.get();
        platform.raw("{\"cmd\":\"aibot_msg_callback\",\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}"); // over the 1 MiB frame limit
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (platform.subscriptions.get() == subscribedBefore && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(platform.subscriptions.get()).as("a huge frame closes the connection; the bot reconnects").isGreaterThan(subscribedBefore);
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void aConnectionWhosePingsGoUnansweredIsReplaced() throws Exception {
        start("secret-1");
        subscribed();
        int before = platform.subscriptions.get();
        platform.answerPings = false;
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (platform.subscriptions.get() == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
            if (platform.subscriptions.get() > before) break;
        }
        platform.answerPings = true;
        assertThat(platform.subscriptions.get()).as("two missed pings: reconnect and subscribe again").isGreaterThan(before);
    }

    /** The next push to a chat whose body has this msgtype (skipping the others). */
    JsonNode nextPush(String msgType, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode f = platform.next("aibot_send_msg", Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (f == null) return null;
            if (msgType.equals(f.path("body").path("msgtype").asText())) return f.path("body");
        }
        return null;
    }

    JsonNode cardUpdate(String reqId) throws Exception {
        JsonNode u = platform.next("aibot_respond_update_msg", reqId, WAIT);
        assertThat(u).as("a tap is answered by updating the card").isNotNull();
        assertThat(u.path("headers").path("req_id").asText()).isEqualTo(reqId);
        assertThat(u.path("body").path("response_type").asText()).isEqualTo("update_template_card");
        return u.path("body").path("template_card");
    }

    @Test
    void aContestRunsOnCardsMembersTapAndTheRankingNamesThem() throws Exception {
        start("secret-1", Duration.ofMillis(50));
        subscribed();
        for (String member : new String[] {"alice", "bob", "carol"}) {
            platform.callback(FakeBotPlatform.text("hi-" + member, member, "chat-9", "@红色引擎 你好"));
        }
        installBank("cards.csv", "单选,遵义会议是哪一年召开的？,1921年,1935年,1949年,1978年,,,B,遵义会议于1935年1月召开。,党史,易,测试\n"
                + "多选,下列哪些是1921年中共一大召开的地点？,上海,嘉兴南湖,北京,广州,,,AB,一大在上海开幕，最后一天转到嘉兴南湖。,党史,易,测试\n");
        platform.received.clear();
        assertThat(server.send("POST", "/api/admin/contests", "{\"channel\":\"wecom-bot\",\"group\":\"chat-9\",\"questions\":2,\"seconds\":60}",
                "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);

        java.util.Map<String, Integer> right = new java.util.HashMap<>();
        String firstTask = null;
        for (int question = 0; question < 2; question++) {
            JsonNode card = nextPush("template_card", WAIT);
            assertThat(card).as("question " + (question + 1) + " comes as a card").isNotNull();
            assertThat(card.path("chatid").asText()).isEqualTo("chat-9");
            JsonNode tc = card.path("template_card");
            String task = tc.path("task_id").asText();
            assertThat(task).matches("[A-Za-z0-9_@-]{1,128}");
            if (firstTask == null) firstTask = task;
            if (tc.path("card_type").asText().equals("button_interaction")) {
                assertThat(tc.path("button_list")).extracting(b -> b.path("key").asText()).containsExactly("A", "B", "C", "D");
                assertThat(tc.path("sub_title_text").asText()).contains("遵义会议").contains("B. 1935年");
                String alice = platform.event(FakeBotPlatform.tap("t-a" + question, "alice", "chat-9", task, "B"));
                assertThat(cardUpdate(alice).path("main_title").path("desc").asText()).contains("已记录你的选择：B");
                String again = platform.event(FakeBotPlatform.tap("t-a2" + question, "alice", "chat-9", task, "C"));
                cardUpdate(again); // the second tap is not counted (checked in the result below)
                cardUpdate(platform.event(FakeBotPlatform.tap("t-b" + question, "bob", "chat-9", task, "A")));
                cardUpdate(platform.event(FakeBotPlatform.tap("t-c" + question, "carol", "chat-9", task, "B")));
                right.merge("alice", 1, Integer::sum);
                right.merge("carol", 1, Integer::sum);
            } else {
                assertThat(tc.path("card_type").asText()).isEqualTo("vote_interaction");
                assertThat(tc.path("checkbox").path("mode").asInt()).isEqualTo(1);
                String q = tc.path("checkbox").path("question_key").asText();
                platform.event(FakeBotPlatform.vote("v-a" + question, "alice", "chat-9", task, q, "B", "A"));
                platform.event(FakeBotPlatform.vote("v-b" + question, "bob", "chat-9", task, q, "A", "B"));
                platform.event(FakeBotPlatform.vote("v-c" + question, "carol", "chat-9", task, q, "A"));
                right.merge("alice", 1, Integer::sum);
                right.merge("bob", 1, Integer::sum);
            }
            JsonNode result = nextPush("markdown", WAIT);
            assertThat(result).as("the result when everyone has answered").isNotNull();
            assertThat(result.path("markdown").path("content").asText()).contains("第" + (question + 1) + "题结束").contains("3 人作答");
        }
        JsonNode last = nextPush("markdown", WAIT);
        assertThat(last).isNotNull();
        String ranking = last.path("markdown").path("content").asText();
        assertThat(ranking).contains("竞赛结束").contains("最终排名").contains("1. alice").contains("（答对 2 题）");
        assertThat(ranking).contains("bob").contains("carol");

        // a tap on a closed question's card is not counted, and the member is told
        platform.received.clear();
        String late = platform.event(FakeBotPlatform.tap("t-late", "bob", "chat-9", firstTask, "B"));
        assertThat(cardUpdate(late).path("main_title").path("desc").asText()).contains("已经结束");
    }

    @Test
    void thePersonalQuizInAPrivateChatUsesCardsToo() throws Exception {
        start("secret-1", Duration.ofMillis(50));
        subscribed();
        installBank("private.csv", "判断,中国共产党第一次全国代表大会在上海开幕。,,,,,,,对,一大于1921年7月在上海开幕。,党史,易,测试\n");
        String req = platform.callback(FakeBotPlatform.text("p-1", "lisi", null, "答题"));
        assertThat(finishedReply(req).path("content").asText()).as("the intro as text").contains("题");
        JsonNode card = nextPush("template_card", WAIT);
        assertThat(card).as("the question as a card, to the member").isNotNull();
        assertThat(card.path("chatid").asText()).isEqualTo("lisi");
        JsonNode tc = card.path("template_card");
        assertThat(tc.path("button_list")).extracting(b -> b.path("key").asText()).containsExactly("对", "错");
        String tap = platform.event(FakeBotPlatform.tap("p-t1", "lisi", null, tc.path("task_id").asText(), "对"));
        assertThat(cardUpdate(tap).path("main_title").path("desc").asText()).contains("回答正确");
        String again = platform.event(FakeBotPlatform.tap("p-t2", "lisi", null, tc.path("task_id").asText(), "错"));
        assertThat(cardUpdate(again).path("main_title").path("desc").asText()).as("the quiz is over").contains("已经结束");
    }

    @Test
    void anOrganizerGrantedOnTheRobotChannelStartsAContestByMentioningIt() throws Exception {
        start("secret-1", Duration.ofMillis(50));
        subscribed();
        installBank("mention.csv", "判断,遵义会议于1935年召开。,,,,,,,对,遵义会议于1935年1月召开。,党史,易,测试\n");
        String member = platform.callback(FakeBotPlatform.text("o-1", "boss", "chat-5", "@红色引擎 发起竞赛 mention 1题"));
        assertThat(finishedReply(member).path("content").asText()).as("not an organizer yet").contains("组织者");
        assertThat(server.send("POST", "/api/admin/roles", "{\"channel\":\"wecom-bot\",\"user\":\"boss\",\"group\":\"chat-5\",\"role\":\"organizer\"}",
                "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        String organizer = platform.callback(FakeBotPlatform.text("o-2", "boss", "chat-5", "@红色引擎 发起竞赛 mention 1题"));
        assertThat(finishedReply(organizer).path("content").asText()).contains("知识竞赛开始");
        JsonNode card = nextPush("template_card", WAIT);
        assertThat(card).isNotNull();
        assertThat(card.path("chatid").asText()).isEqualTo("chat-5");
        assertThat(card.path("template_card").path("button_list")).extracting(b -> b.path("key").asText()).containsExactly("对", "错");
    }
}
