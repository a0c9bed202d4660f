package org.redengine.channels.wechat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redengine.conversation.ChannelSender;
import org.redengine.conversation.Conversation;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.ConversationLog;
import org.redengine.conversation.Delivered;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.conversation.Role;
import org.redengine.server.Request;
import org.redengine.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The WeChat Official Account callback ({@code /wechat}): URL verification, plaintext and safe (AES) mode,
 * retries answered once, slow answers sent later through the customer-service API. It only converts between
 * WeChat's XML and the core model; the conversation core decides what to say.
 */
public class WeChatChannel implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(WeChatChannel.class);
    public static final String CHANNEL = "wechat";
    /** Passive replies are kept under WeChat's widely quoted 2,048-byte limit. */
    static final int MAX_REPLY_BYTES = 2000;

    protected final WeChatConfig config;
    protected final WeChatCrypto crypto;
    private final Conversation conversation;
    private final ConversationLog conversationLog;
    private final WeChatApi api;
    protected final Clock clock;
    protected final ExecutorService processing;
    private final BooleanSupplier ready;
    private final Cache<String, CompletableFuture<List<Delivered>>> inFlight;
    private ReplayGuard replays;
    private java.util.function.BiConsumer<String, String> rejectedCounter = (channel, reason) -> { };
    private final org.redengine.server.RateLimitedLog rejectionLog;

    public WeChatChannel(WeChatConfig config, Conversation conversation, ConversationLog conversationLog, WeChatApi api,
                         Clock clock, ExecutorService processing, BooleanSupplier ready) {
        this.config = config;
        this.inFlight = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();
        this.crypto = new WeChatCrypto(config.token(), blankToNull(config.aesKey()), config.appId());
        this.conversation = conversation;
        this.conversationLog = conversationLog;
        this.api = api;
        this.clock = clock;
        this.processing = processing;
        this.ready = ready;
        this.rejectionLog = new org.redengine.server.RateLimitedLog(log, clock::millis);
    }

    /**
     * Guards against a signed URL used again with another body, and counts rejected callbacks by reason (for
     * {@code /metrics}); rejections are logged at most once a minute per reason.
     */
    public void guard(ReplayGuard replays, java.util.function.BiConsumer<String, String> rejected) {
        this.replays = replays;
        this.rejectedCounter = rejected;
    }

    /** A refused callback: counted, logged without flooding, answered with a short Chinese reason. */
    protected Response reject(int status, String reason, String text) {
        rejectedCounter.accept(channel(), reason);
        rejectionLog.warn(channel() + ":" + reason, "rejected a {} callback: {}", channel(), reason);
        return Response.text(status, "text/plain; charset=utf-8", text);
    }

    /** Whether this (timestamp, nonce) is new, or a retry with the same body. */
    protected boolean firstUse(Request request) {
        return replays == null || replays.admit(channel(), request.queryParam("timestamp"), request.queryParam("nonce"), request.body());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    protected String channel() {
        return CHANNEL;
    }

    /** GET: the platform checks the URL; answer its echostr when the signature is right. */
    public Response verify(Request request) {
        String echo = request.queryParam("echostr");
        if (echo == null || !crypto.verifySignature(request.queryParam("timestamp"), request.queryParam("nonce"), request.queryParam("signature"))) {
            return reject(403, "signature", "签名不正确");
        }
        if (!fresh(request.queryParam("timestamp"))) return reject(403, "stale", "请求已过期");
        return Response.text(200, "text/plain; charset=utf-8", echo);
    }

    /** POST: one message or event. */
    public Response receive(Request request) {
        if (!ready.getAsBoolean()) {
            return Response.text(503, "text/plain; charset=utf-8", "服务正在启动");
        }
        String timestamp = request.queryParam("timestamp");
        String nonce = request.queryParam("nonce");
        if (!crypto.verifySignature(timestamp, nonce, request.queryParam("signature"))) {
            return reject(403, "signature", "签名不正确");
        }
        if (!fresh(timestamp)) {
            return reject(403, "stale", "请求已过期");
        }
        boolean safe = "aes".equalsIgnoreCase(request.queryParam("encrypt_type"));
        if (crypto.safeMode() && !safe) {
            // configured for safe mode: a plaintext body is signed by nobody, so it is never taken
            return reject(403, "plaintext", "安全模式下只接受加密消息");
        }
        if (!safe && !firstUse(request)) {
            return reject(403, "replay", "重复的请求");
        }
        WeChatMessage message;
        try {
            java.util.Map<String, String> fields = WeChatXml.parse(request.body());
            if (safe) {
                if (!crypto.safeMode()) return reject(400, "no-aes-key", "未配置 EncodingAESKey");
                String encrypt = fields.get("Encrypt");
                if (encrypt == null || !crypto.verifyMsgSignature(timestamp, nonce, encrypt, request.queryParam("msg_signature"))) {
                    return reject(403, "msg-signature", "签名不正确");
                }
                if (!firstUse(request)) return reject(403, "replay", "重复的请求"); // only a signed body may claim a nonce
                fields = WeChatXml.parse(crypto.decrypt(encrypt).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            message = WeChatMessage.from(fields);
        } catch (WeChatXml.BadXml e) {
            return reject(400, "xml", "消息格式不正确");
        } catch (WeChatCryptoException e) {
            return reject(400, "decrypt", "消息格式不正确");
        }
        if (message.fromUser() == null || message.fromUser().isBlank() || message.msgType() == null) {
            return reject(400, "fields", "消息缺少必要字段");
        }
        return respond(message, safe, nonce);
    }

    /** The passive reply to a decoded message: "success" when there is nothing to say (yet), else text XML. */
    protected Response respond(WeChatMessage message, boolean encrypted, String nonce) {
        List<Delivered> replies = answer(message);
        if (replies == null || replies.isEmpty()) {
            return Response.text(200, "text/plain; charset=utf-8", "success");
        }
        String text = replies.stream().map(d -> d.reply().text()).collect(Collectors.joining("\n\n"));
        String xml = WeChatXml.textReply(message.fromUser(), message.toUser(), clock.instant().getEpochSecond(),
                Utf8Text.shorten(text, MAX_REPLY_BYTES, sourceNote(text)));
        if (encrypted) {
            xml = crypto.envelope(xml, String.valueOf(clock.instant().getEpochSecond()), nonce);
        }
        return Response.text(200, "application/xml; charset=utf-8", xml);
    }

    protected boolean ready() {
        return ready.getAsBoolean();
    }

    protected boolean fresh(String timestamp) {
        try {
            long t = Long.parseLong(timestamp);
            return Math.abs(clock.instant().getEpochSecond() - t) <= config.replayWindow().toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The source note at the end of an answer is kept when a long answer is shortened. */
    private static String sourceNote(String text) {
        int i = text.lastIndexOf("（来源：");
        return i >= 0 && text.endsWith("）") ? text.substring(i) : "";
    }

    /**
     * The replies to a message, recorded once: a retry of a message already answered gets the same replies,
     * a retry of one still being answered waits for it. Null means "answer later" (the budget ran out): the
     * answer then goes out through the customer-service API.
     */
    private List<Delivered> answer(WeChatMessage message) {
        String key = message.dedupeKey();
        List<Delivered> done = conversationLog.processed(channel(), key);
        if (done != null) return done;
        CompletableFuture<List<Delivered>> work = inFlight.get(key,
                k -> CompletableFuture.supplyAsync(() -> handle(message, k), processing));
        try {
            // WeChat gives up after 5 s: answer within the budget (about 4 s) or say "success" and send it later
            return work.get(config.replyBudget().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.thenAccept(this::sendLater);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            log.error("wechat message failed", e.getCause());
            inFlight.invalidate(key);
            return List.of();
        }
    }

    private void sendLater(List<Delivered> replies) {
        for (Delivered d : replies) deliver(d);
    }

    private List<Delivered> handle(WeChatMessage m, String dedupeKey) {
        Incoming incoming = incoming(m, dedupeKey, text(m));
        List<Reply> replies = switch (kind(m)) {
            case "text", "voice-text" -> conversation.handle(incoming);
            case "subscribe" -> List.of(Reply.of(ReplyType.GREETING, "欢迎关注红色引擎学习助手！\n"
                    + conversation.commands().helpText(Role.MEMBER, incoming)));
            case "unsubscribe", "ignored-event" -> List.of();
            case "click" -> conversation.handle(incoming);
            case "voice" -> List.of(Reply.of(ReplyType.NOTICE, "语音没有识别出文字，请再说一遍，或直接发文字给我。"));
            default -> List.of(Reply.of(ReplyType.NOTICE, "我现在只能看懂文字消息。请用文字提问，例如“遵义会议是哪年召开的？”，或发送“帮助”。"));
        };
        return conversationLog.record(incoming, replies);
    }

    private static String kind(WeChatMessage m) {
        String type = m.msgType().toLowerCase(java.util.Locale.ROOT);
        if (type.equals("text")) return "text";
        if (type.equals("voice")) return m.recognition() != null && !m.recognition().isBlank() ? "voice-text" : "voice";
        if (type.equals("event")) {
            String ev = m.event() == null ? "" : m.event().toLowerCase(java.util.Locale.ROOT);
            return switch (ev) {
                case "subscribe" -> "subscribe";
                case "unsubscribe" -> "unsubscribe";
                case "click" -> "click";
                default -> "ignored-event";
            };
        }
        return "other";
    }

    private static String text(WeChatMessage m) {
        return switch (kind(m)) {
            case "text" -> m.content() == null ? "" : m.content();
            case "voice-text" -> m.recognition();
            case "click" -> MenuKeys.command(m.eventKey());
            default -> "[" + m.msgType() + (m.event() == null ? "" : ":" + m.event()) + "]";
        };
    }

    /** The core message: the openid is the user; an Official Account has private chats only. */
    protected Incoming incoming(WeChatMessage m, String dedupeKey, String text) {
        return new Incoming(channel(), m.fromUser(), "", null, text == null || text.isBlank() ? "[空消息]" : text,
                false, dedupeKey, clock.instant(), true); // the platform signed the callback
    }

    /** Messages the bot sends on its own go out through the customer-service API, off the caller's thread. */
    @Override
    public void deliver(Delivered d) {
        if (d.fromMember()) return; // members' own messages are the platform's to show
        if (d.conversation().kind() != ConversationKey.Kind.DIRECT) return; // Official Accounts have no groups
        processing.execute(() -> api.sendText(d.conversation().id(), d.reply().text()));
    }
}
