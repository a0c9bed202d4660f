package org.redengine.channels.wechat;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GroupRobotTest {

    @Test
    void longTextIsSplitOnSentenceBoundariesUnder2048Bytes() {
        String sentence = "遵义会议于1935年1月15日至17日在贵州遵义召开，是党的历史上一个生死攸关的转折点。";
        List<String> parts = GroupRobot.split(sentence.repeat(40));
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(p -> {
            assertThat(Utf8Text.bytes(p)).isLessThanOrEqualTo(GroupRobot.MAX_TEXT_BYTES);
            assertThat(p).endsWith("。");
        });
        assertThat(String.join("", parts)).isEqualTo(sentence.repeat(40));
    }

    @Test
    void noMoreThanTheLimitIsSentInAnyWindowAndOrderIsKept() throws Exception {
        java.util.List<Long> at = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer fake = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        fake.createContext("/hook", ex -> {
            at.add(System.nanoTime());
            bodies.add(new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            byte[] ok = "{\"errcode\":0}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, ok.length);
            ex.getResponseBody().write(ok);
            ex.close();
        });
        fake.start();
        java.time.Duration window = java.time.Duration.ofMillis(400);
        try (GroupRobot robot = new GroupRobot("http://127.0.0.1:" + fake.getAddress().getPort() + "/hook", 3, window)) {
            for (int i = 1; i <= 7; i++) robot.post("消息" + i);
            long deadline = System.currentTimeMillis() + 10_000;
            while (bodies.size() < 7 && System.currentTimeMillis() < deadline) Thread.sleep(10);
        } finally {
            fake.stop(0);
        }
        assertThat(bodies).hasSize(7);
        for (int i = 0; i < 7; i++) assertThat(bodies.get(i)).contains("消息" + (i + 1));
        // at most 3 sends start in any window: the 5th arrives a window after the 2nd, and so on (arrival times at the
        // fake server trail send starts; the first request also opens the connection, so it is left out)
        for (int i = 4; i < at.size(); i++) {
            assertThat(at.get(i) - at.get(i - 3)).isGreaterThanOrEqualTo(window.toNanos() - 50_000_000);
        }
    }

    @Test
    void passiveRepliesAreShortenedOnASentenceAndKeepTheirSourceNote() {
        String note = "（来源：《中国共产党简史》）";
        String text = "这是一句话。".repeat(200) + note;
        String shortened = Utf8Text.shorten(text, 2000, note);
        assertThat(Utf8Text.bytes(shortened)).isLessThanOrEqualTo(2000);
        assertThat(shortened).endsWith("。" + note);
        assertThat(Utf8Text.shorten("短句。", 2000, "")).isEqualTo("短句。");
    }
}
