package org.redengine.channels;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.LiveClient;
import org.redengine.TestServer;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bot messages are numbered per conversation, listed by GET /api/messages, and pushed live over /ws. */
class HistoryAndLiveTest {

    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(TestKnowledge.write(tmp.resolve("kb")), tmp.resolve("data"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void repliesAreNumberedAndListedAfterASequenceNumber() throws Exception {
        JsonNode sent = server.ask("hist-u1", null, "遵义会议是哪年开的？");
        JsonNode first = sent.get("replies").get(0);
        JsonNode second = server.ask("hist-u1", null, "你好").get("replies").get(0);
        // the web chat keeps both sides: the member's message, then the bot's reply, numbered in order
        assertThat(sent.at("/message/seq").asLong()).isEqualTo(1);
        assertThat(first.get("seq").asLong()).isEqualTo(2);
        assertThat(first.get("toMe").asBoolean()).isTrue();
        assertThat(second.get("seq").asLong()).isEqualTo(4);
        JsonNode all = TestServer.JSON.readTree(server.getAs("hist-u1", "/api/messages?user=hist-u1").body());
        assertThat(all.get("messages")).extracting(m -> m.get("type").asText()).containsExactly("member", "answer", "member", "greeting");
        assertThat(all.at("/messages/0/text").asText()).isEqualTo("遵义会议是哪年开的？");
        assertThat(all.at("/messages/0/mine").asBoolean()).isTrue();
        assertThat(all.at("/messages/1/sources/0/source").asText()).isEqualTo("《中国共产党简史》");
        assertThat(all.get("last").asLong()).isEqualTo(4);
        JsonNode after3 = TestServer.JSON.readTree(server.getAs("hist-u1", "/api/messages?user=hist-u1&after=3").body());
        assertThat(after3.get("messages")).hasSize(1);
        assertThat(after3.at("/messages/0/seq").asLong()).isEqualTo(4);
    }

    @Test
    void groupHistoryIncludesMessagesTheBotSentOnItsOwn() throws Exception {
        server.ask("hist-u2", "hist-g1", "帮助");
        server.engine().outbound().post(ConversationKey.group("web", "hist-g1"), Reply.of(ReplyType.NOTICE, "周一上午8点，周汇朝学开始啦"));
        JsonNode all = TestServer.JSON.readTree(server.getAs("hist-u2", "/api/messages?group=hist-g1&after=0").body());
        assertThat(all.get("messages")).extracting(m -> m.get("type").asText()).containsExactly("member", "help", "notice");
        assertThat(all.at("/messages/2/text").asText()).contains("周汇朝学");
        assertThat(all.at("/messages/2/toMe").isMissingNode()).as("a post answers nobody").isTrue();
    }

    @Test
    void badHistoryQueriesGetA400() throws Exception {
        assertThat(server.get("/api/messages").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/messages?user=a&group=b").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/messages?user=a&after=x").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/messages?user=a&after=-1").statusCode()).isEqualTo(400);
    }

    @Test
    void liveMessagesArePushedAndMissedOnesComeBackAfterAReconnect() throws Exception {
        ConversationKey group = ConversationKey.group("web", "live-g1");
        LiveClient client = LiveClient.connect(server, "live-u1");
        client.send("{\"type\":\"subscribe\",\"group\":\"live-g1\",\"after\":0}");
        assertThat(client.next().get("event").asText()).isEqualTo("subscribed");

        server.engine().outbound().post(group, Reply.of(ReplyType.NOTICE, "第一题：中共一大在哪里召开？"));
        JsonNode live = client.nextMessage();
        assertThat(live.get("group").asText()).isEqualTo("live-g1");
        assertThat(live.at("/message/seq").asLong()).isEqualTo(1);
        assertThat(live.at("/message/text").asText()).contains("第一题");

        // another member's question and its answer are pushed too: with the asker's name, not as this page's own
        server.ask("live-u2", "李红", "live-g1", "@红色引擎助手 四史是啥");
        JsonNode asked = client.nextMessage();
        assertThat(asked.at("/message/seq").asLong()).isEqualTo(2);
        assertThat(asked.at("/message/type").asText()).isEqualTo("member");
        assertThat(asked.at("/message/sender").asText()).isEqualTo("李红");
        assertThat(asked.at("/message/mine").asBoolean()).isFalse();
        JsonNode pushed = client.nextMessage();
        assertThat(pushed.at("/message/seq").asLong()).isEqualTo(3);
        assertThat(pushed.at("/message/type").asText()).isEqualTo("answer");
        assertThat(pushed.at("/message/toMe").asBoolean()).as("not an answer to this page's member").isFalse();
        client.close();

        server.engine().outbound().post(group, Reply.of(ReplyType.NOTICE, "第二题"));
        server.engine().outbound().post(group, Reply.of(ReplyType.NOTICE, "第三题"));

        LiveClient again = LiveClient.connect(server, "live-u1");
        again.send("{\"type\":\"subscribe\",\"group\":\"live-g1\",\"after\":3}");
        assertThat(again.nextMessage().at("/message/text").asText()).isEqualTo("第二题");
        assertThat(again.nextMessage().at("/message/text").asText()).isEqualTo("第三题");
        assertThat(again.next().get("event").asText()).isEqualTo("subscribed");
        again.close();
    }

    @Test
    void badFramesGetAnErrorAndTheConnectionStaysUsable() throws Exception {
        LiveClient anonymous = LiveClient.connectWithCookie(server, null);
        anonymous.send("{\"type\":\"subscribe\"}");
        assertThat(anonymous.next().get("error").asText()).contains("会话");
        anonymous.close();
        LiveClient client = LiveClient.connect(server, "bad-u1");
        client.send("not json");
        assertThat(client.next().get("event").asText()).isEqualTo("error");
        client.send("{\"type\":\"subscribe\",\"after\":-1}");
        assertThat(client.next().get("event").asText()).isEqualTo("error");
        client.send("{\"type\":\"subscribe\"}");
        assertThat(client.next().get("event").asText()).isEqualTo("subscribed");
        client.close();
    }
}
