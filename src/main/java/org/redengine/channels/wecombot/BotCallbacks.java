package org.redengine.channels.wecombot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redengine.channels.wechat.ReplayGuard;
import org.redengine.channels.wechat.WeChatCrypto;
import org.redengine.channels.wechat.WeChatCryptoException;
import org.redengine.server.Request;
import org.redengine.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The robot's callback URL mode ({@code /wecom/bot}; WeCom developer documentation 100719 messages, 101027 events,
 * 101031 passive replies, 101033 crypto, 101138 response_url): the platform POSTs JSON {@code {"encrypt":…}},
 * signed ({@code msg_signature} over token, timestamp, nonce and the ciphertext) and encrypted like other WeCom
 * callbacks but with an EMPTY receive id. URL verification (GET) answers the decrypted echostr. A message is
 * answered with an encrypted stream reply: finished when the answer is ready within a second, else
 * {@code finish:false} with "正在查找…", and the platform's stream refresh callbacks (msgtype {@code stream}) get the
 * current content until it is finished. The same conversation semantics as the long connection: one msgid handled
 * once, taps answered by updating the card, enter_chat welcomed.
 */
final class BotCallbacks {

    private static final Logger log = LoggerFactory.getLogger(BotCallbacks.class);
    static final Duration FIRST_ANSWER_WAIT = Duration.ofSeconds(1);
    /** A stream may be refreshed for 6 minutes (101031). */
    static final Duration STREAM_KEPT = Duration.ofMinutes(6);

    private final WeComBotChannel channel;
    private final WeChatCrypto crypto;
    private final ReplayGuard replays;
    private final Clock clock;
    private final Duration window;
    private final BiConsumer<String, String> rejected;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Stream> streams;

    /** An answer being streamed: its content once finished. */
    private static final class Stream {
        volatile String content;
        volatile boolean finished;
    }

    BotCallbacks(WeComBotChannel channel, WeComBotConfig config, ReplayGuard replays, Clock clock, Duration window,
                 BiConsumer<String, String> rejected) {
        this.channel = channel;
        this.crypto = WeChatCrypto.withEmptyReceiveId(config.token(), config.aesKey());
        this.replays = replays;
        this.clock = clock;
        this.window = window;
        this.rejected = rejected;
        this.streams = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock)).expireAfterWrite(STREAM_KEPT)
                .maximumSize(100_000).build();
    }

    /** GET: the URL check: the (URL-decoded) echostr decrypted, when the signature is right. */
    Response verify(Request request) {
        String echo = request.queryParam("echostr");
        String timestamp = request.queryParam("timestamp");
        if (echo == null || !crypto.verifyMsgSignature(timestamp, request.queryParam("nonce"), echo, request.queryParam("msg_signature"))) {
            return reject(403, "signature", "签名不正确");
        }
        if (!fresh(timestamp)) return reject(403, "stale", "请求已过期");
        try {
            return Response.plain(200, crypto.decrypt(echo));
        } catch (WeChatCryptoException e) {
            return reject(400, "decrypt", "echostr 无法解密");
        }
    }

    /** POST: one callback, checked, decrypted, answered with an encrypted JSON reply (or an empty body). */
    Response receive(Request request) {
        String timestamp = request.queryParam("timestamp"), nonce = request.queryParam("nonce");
        if (!fresh(timestamp)) return reject(403, "stale", "请求已过期");
        JsonNode body;
        try {
            JsonNode envelope = BotFrames.JSON.readTree(new String(request.body(), StandardCharsets.UTF_8));
            String encrypt = envelope == null ? null : envelope.path("encrypt").asText(null);
            if (encrypt == null || !crypto.verifyMsgSignature(timestamp, nonce, encrypt, request.queryParam("msg_signature"))) {
                return reject(403, "msg-signature", "签名不正确");
            }
            if (!replays.admit(WeComBotChannel.CHANNEL, timestamp, nonce, request.body())) return reject(403, "replay", "重复的请求");
            body = BotFrames.JSON.readTree(crypto.decrypt(encrypt));
        } catch (WeChatCryptoException e) {
            return reject(400, "decrypt", "消息格式不正确");
        } catch (java.io.IOException e) {
            return reject(400, "json", "消息格式不正确");
        }
        if (body == null || !body.isObject()) return reject(400, "json", "消息格式不正确");
        ObjectNode reply = answer(body);
        return reply == null ? Response.plain(200, "") : encrypted(reply, nonce);
    }

    /** The reply to a decrypted callback, or null for none. */
    private ObjectNode answer(JsonNode body) {
        String msgType = body.path("msgtype").asText("");
        if (msgType.equals("stream")) return refresh(body.path("stream").path("id").asText(""));
        String msgId = body.path("msgid").asText("");
        String user = body.path("from").path("userid").asText("");
        if (msgId.isEmpty() || user.isEmpty()) return null;
        String group = WeComBotChannel.group(body);
        channel.rememberResponseUrl(group != null ? group : user, body.path("response_url").asText(null));
        if (msgType.equals("event")) {
            String type = body.path("event").path("eventtype").asText("");
            if (type.equals("enter_chat")) {
                ObjectNode r = BotFrames.JSON.createObjectNode().put("msgtype", "text");
                r.putObject("text").put("content", channel.welcome(user, group));
                return r;
            }
            if (type.equals("template_card_event")) {
                ObjectNode card = channel.tap(body.path("event").path("template_card_event"), msgId, user, group);
                if (card == null) return null;
                ObjectNode r = BotFrames.JSON.createObjectNode().put("response_type", "update_template_card");
                r.set("template_card", card);
                return r;
            }
            return null;
        }
        CompletableFuture<WeComBotChannel.Handled> work = channel.work(body);
        String id = "s" + HexFormat.of().formatHex(randomBytes());
        Stream stream = new Stream();
        streams.put(id, stream);
        work.whenComplete((handled, error) -> {
            stream.content = error != null ? "抱歉，处理这条消息时出错了，请稍后再试。" : channel.content(handled, group != null ? group : user);
            stream.finished = true;
        });
        try {
            work.get(FIRST_ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // not ready yet: the platform refreshes the stream
        }
        if (stream.finished && stream.content == null) return null; // nothing to say (a counted contest answer)
        return streamReply(id, stream);
    }

    private byte[] randomBytes() {
        byte[] b = new byte[12];
        random.nextBytes(b);
        return b;
    }

    private ObjectNode refresh(String id) {
        Stream stream = streams.getIfPresent(id);
        if (stream == null) { // unknown or expired: end it
            Stream ended = new Stream();
            ended.finished = true;
            ended.content = "";
            return streamReply(id, ended);
        }
        return streamReply(id, stream);
    }

    private static ObjectNode streamReply(String id, Stream stream) {
        boolean done = stream.finished;
        ObjectNode r = BotFrames.JSON.createObjectNode().put("msgtype", "stream");
        r.putObject("stream").put("id", id).put("finish", done)
                .put("content", done ? (stream.content == null ? "好的。" : stream.content) : WeComBotChannel.THINKING);
        return r;
    }

    /** The reply encrypted and signed: {"encrypt","msgsignature","timestamp","nonce"} (timestamp as a string, as WeCom's JSON crypto library writes it). */
    private Response encrypted(ObjectNode reply, String nonce) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String encrypt = crypto.encrypt(reply.toString());
        ObjectNode out = BotFrames.JSON.createObjectNode().put("encrypt", encrypt)
                .put("msgsignature", crypto.msgSignature(timestamp, nonce, encrypt)).put("timestamp", timestamp).put("nonce", nonce);
        return Response.json(200, out);
    }

    private boolean fresh(String timestamp) {
        try {
            long t = Long.parseLong(timestamp);
            return Math.abs(clock.instant().getEpochSecond() - t) <= window.toSeconds();
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }

    private Response reject(int status, String reason, String message) {
        rejected.accept(WeComBotChannel.CHANNEL, reason);
        log.debug("wecom-bot callback rejected: {}", reason);
        return Response.error(status, message);
    }
}
