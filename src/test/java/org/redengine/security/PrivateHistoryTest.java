package org.redengine.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestServer;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 2: private history is readable only by its owner's session (and the admin); a group's by its
 * members from when they joined; other channels' by the admin alone — over HTTP and over the WebSocket.
 */
class PrivateHistoryTest {

    static final String TOKEN = "history-admin";
    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.withAdmin(tmp, TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPrivateChatIsReadOnlyByItsOwnerAndTheAdmin() throws Exception {
        server.ask("ph-alice", null, "打卡 我的私人笔记");
        server.ask("ph-alice", null, "遵义会议是哪年开的？");
        assertThat(server.get("/api/messages?user=ph-alice").statusCode()).isEqualTo(401);
        assertThat(server.getAs("ph-bob", "/api/messages?user=ph-alice").statusCode()).isEqualTo(403);
        JsonNode own = TestServer.JSON.readTree(server.getAs("ph-alice", "/api/messages?user=ph-alice").body());
        assertThat(own.get("messages")).hasSize(4); // both sides of two exchanges
        assertThat(server.send("GET", "/api/messages?user=ph-alice", null, "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        // other channels' chats: the admin only, whatever session asks
        assertThat(server.getAs("ph-alice", "/api/messages?user=ph-alice&channel=wechat").statusCode()).isEqualTo(403);
        assertThat(server.getAs("ph-alice", "/api/messages?user=openid_x&channel=wecom").statusCode()).isEqualTo(403);
    }

    @Test
    void anotherUsersPrivateChatCannotBeSubscribed() throws Exception {
        server.ask("ph-carol", null, "你好");
        var bob = org.redengine.LiveClient.connect(server, "ph-dave");
        bob.send("{\"type\":\"subscribe\",\"user\":\"ph-carol\",\"after\":0}");
        JsonNode refused = bob.next();
        assertThat(refused.get("event").asText()).isEqualTo("error");
        server.engine().outbound().post(ConversationKey.direct("web", "ph-carol"), Reply.of(ReplyType.NOTICE, "卡罗尔的私信"));
        bob.send("{\"type\":\"subscribe\",\"after\":0}");
        JsonNode mine = bob.next();
        assertThat(mine.toString()).doesNotContain("卡罗尔");
        bob.close();
    }

    @Test
    void aGroupIsReadByItsMembersFromWhenTheyJoined() throws Exception {
        server.ask("ph-erin", "ph-g", "@红色引擎助手 遵义会议是哪年开的？");
        assertThat(server.getAs("ph-frank", "/api/messages?group=ph-g").statusCode()).as("not a member").isEqualTo(403);
        // opening the group (a live subscription) joins it: from then on the newcomer sees the group's messages
        var frank = org.redengine.LiveClient.connect(server, "ph-frank");
        frank.send("{\"type\":\"subscribe\",\"group\":\"ph-g\",\"after\":0}");
        assertThat(frank.next().get("event").asText()).as("no earlier message is replayed").isEqualTo("subscribed");
        server.engine().outbound().post(ConversationKey.group("web", "ph-g"), Reply.of(ReplyType.NOTICE, "周一学习提醒"));
        assertThat(frank.nextMessage().at("/message/text").asText()).isEqualTo("周一学习提醒");
        frank.close();
        JsonNode seen = TestServer.JSON.readTree(server.getAs("ph-frank", "/api/messages?group=ph-g").body());
        assertThat(seen.get("messages")).extracting(m -> m.get("text").asText()).containsExactly("周一学习提醒");
        JsonNode erin = TestServer.JSON.readTree(server.getAs("ph-erin", "/api/messages?group=ph-g").body());
        assertThat(erin.get("messages")).extracting(m -> m.get("type").asText()).containsExactly("member", "answer", "notice");
    }
}
