package org.redengine.channels.wechat;

import org.redengine.conversation.ChannelSender;
import org.redengine.conversation.Conversation;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.ConversationLog;
import org.redengine.conversation.Delivered;
import org.redengine.conversation.Incoming;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

/**
 * The WeChat Official Account callback ({@code /wechat}): URL verification, plaintext and safe (AES) mode, private
 * chats only; slow answers and messages the bot sends on its own go out through the customer-service API, which
 * WeChat accepts only within 48 hours of the follower's last message: a refused one is held and sent when the
 * follower next writes. It only converts between WeChat's XML and the core model: the checks are the
 * {@link CallbackGuard}'s, the replies {@link PlatformReplies}'.
 */
public final class WeChatChannel implements ChannelSender {

    public static final String CHANNEL = "wechat";

    private final CallbackGuard guard;
    private final PlatformReplies replies;
    private final WeChatApi api;
    private final Clock clock;
    private final ExecutorService processing;
    private final BooleanSupplier ready;
    private final HeldMessages held;
    private final java.util.function.Consumer<String> pushes;

    public WeChatChannel(WeChatConfig config, Conversation conversation, ConversationLog conversationLog, WeChatApi api,
                         Clock clock, ExecutorService processing, BooleanSupplier ready, ReplayGuard replays,
                         java.util.function.BiConsumer<String, String> rejected, org.redengine.storage.Database db,
                         java.util.function.Consumer<String> pushes) {
        this.held = new HeldMessages(db, clock);
        this.pushes = pushes;
        this.guard = new CallbackGuard(CHANNEL, config, clock, replays, rejected);
        this.api = api;
        this.clock = clock;
        this.processing = processing;
        this.ready = ready;
        this.replies = new PlatformReplies(CHANNEL, conversation, conversationLog, clock, processing, config.replyBudget(),
                this::incoming, this::deliver);
    }

    /** GET: WeChat checks the URL; answer its echostr when the signature is right. */
    public Response verify(Request request) {
        String echo = request.queryParam("echostr");
        if (echo == null || !guard.crypto().verifySignature(request.queryParam("timestamp"), request.queryParam("nonce"),
                request.queryParam("signature"))) {
            return guard.reject(403, "signature", "签名不正确");
        }
        if (!guard.fresh(request.queryParam("timestamp"))) return guard.reject(403, "stale", "请求已过期");
        return Response.plain(200, echo);
    }

    /** POST: one message or event, plaintext or (safe mode) encrypted. */
    public Response receive(Request request) {
        if (!ready.getAsBoolean()) return Response.plain(503, "服务正在启动");
        WeChatCrypto crypto = guard.crypto();
        String timestamp = request.queryParam("timestamp");
        String nonce = request.queryParam("nonce");
        if (!crypto.verifySignature(timestamp, nonce, request.queryParam("signature"))) {
            return guard.reject(403, "signature", "签名不正确");
        }
        if (!guard.fresh(timestamp)) return guard.reject(403, "stale", "请求已过期");
        boolean safe = "aes".equalsIgnoreCase(request.queryParam("encrypt_type"));
        if (crypto.safeMode() && !safe) {
            // configured for safe mode: a plaintext body is signed by nobody, so it is never taken
            return guard.reject(403, "plaintext", "安全模式下只接受加密消息");
        }
        if (!safe && !guard.firstUse(request)) return guard.reject(403, "replay", "重复的请求");
        WeChatMessage message;
        try {
            Map<String, String> fields = WeChatXml.parse(request.body());
            if (safe) {
                if (!crypto.safeMode()) return guard.reject(400, "no-aes-key", "未配置 EncodingAESKey");
                String encrypt = fields.get("Encrypt");
                if (encrypt == null || !crypto.verifyMsgSignature(timestamp, nonce, encrypt, request.queryParam("msg_signature"))) {
                    return guard.reject(403, "msg-signature", "签名不正确");
                }
                // only a signed body may claim a nonce
                if (!guard.firstUse(request)) return guard.reject(403, "replay", "重复的请求");
                fields = WeChatXml.parse(crypto.decrypt(encrypt).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            message = WeChatMessage.from(fields);
        } catch (WeChatXml.BadXml e) {
            return guard.reject(400, "xml", "消息格式不正确");
        } catch (WeChatCryptoException e) {
            return guard.reject(400, "decrypt", "消息格式不正确");
        }
        if (message.fromUser() == null || message.fromUser().isBlank() || message.msgType() == null) {
            return guard.reject(400, "fields", "消息缺少必要字段");
        }
        return replies.respond(message, safe ? crypto : null, nonce);
    }

    /** The core message: the openid is the user; an Official Account has private chats only. */
    private Incoming incoming(WeChatMessage m, String dedupeKey, String text) {
        if (!"unsubscribe".equalsIgnoreCase(m.event())) {
            processing.execute(() -> sendHeld(m.fromUser())); // the follower is back: the window is open again
        }
        return new Incoming(CHANNEL, m.fromUser(), "", null, text, false, dedupeKey, clock.instant(), true); // signed callback
    }

    /** Messages the bot sends on its own go out through the customer-service API, off the caller's thread. */
    @Override
    public void deliver(Delivered d) {
        if (d.fromMember()) return; // members' own messages are the platform's to show
        if (d.conversation().kind() != ConversationKey.Kind.DIRECT) return; // Official Accounts have no groups
        processing.execute(() -> push(d.conversation().id(), d.reply().text()));
    }

    /** Sends through the customer-service API; outside the 48-hour window WeChat refuses, and the message is held. */
    private void push(String openId, String text) {
        WeChatApi.SendResult result = api.sendText(openId, text);
        if (result == WeChatApi.SendResult.REFUSED) held.hold(openId, text);
        pushes.accept(result == WeChatApi.SendResult.REFUSED ? "held" : result.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void sendHeld(String openId) {
        java.util.List<String> waiting = held.takeAll(openId);
        if (waiting.isEmpty()) return;
        String text = "你不在的时候，我发过这些消息：\n\n" + String.join("\n\n", waiting);
        WeChatApi.SendResult result = api.sendText(openId, Utf8Text.shorten(text, PlatformReplies.MAX_REPLY_BYTES, ""));
        pushes.accept(result == WeChatApi.SendResult.SENT ? "held-sent" : "held-lost");
    }
}
