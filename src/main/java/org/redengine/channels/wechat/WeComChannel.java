package org.redengine.channels.wechat;

import org.redengine.conversation.ChannelSender;
import org.redengine.conversation.Conversation;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.ConversationLog;
import org.redengine.conversation.Delivered;
import org.redengine.conversation.Incoming;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * The WeCom (企业微信) application callback ({@code /wecom}): always encrypted, the receive id is the corpid. An
 * application hears private chats only (WeCom developer documentation 96466/96467: its callbacks name no group),
 * so every message is a member's private chat with the bot; group chats are the intelligent robot's
 * ({@code wecom-bot}). Messages the bot sends on its own go to the person through the application message API.
 * Checks and replies are shared with the Official Account ({@link CallbackGuard}, {@link PlatformReplies}).
 */
public final class WeComChannel implements ChannelSender {

    public static final String CHANNEL = "wecom";

    private final CallbackGuard guard;
    private final PlatformReplies replies;
    private final WeComApi api;
    private final Clock clock;
    private final ExecutorService processing;
    private final BooleanSupplier ready;

    public WeComChannel(WeChatConfig config, Conversation conversation, ConversationLog log, WeComApi api,
                        Clock clock, ExecutorService processing, BooleanSupplier ready, ReplayGuard replays,
                        BiConsumer<String, String> rejected) {
        this.guard = new CallbackGuard(CHANNEL, config, clock, replays, rejected);
        this.api = api;
        this.clock = clock;
        this.processing = processing;
        this.ready = ready;
        this.replies = new PlatformReplies(CHANNEL, conversation, log, clock, processing, config.replyBudget(),
                this::incoming, this::deliver);
    }

    /** GET: decrypt the (URL-decoded) echostr and return its plaintext, when msg_signature is right. */
    public Response verify(Request request) {
        String echo = request.queryParam("echostr");
        if (echo == null || !guard.crypto().verifyMsgSignature(request.queryParam("timestamp"), request.queryParam("nonce"), echo,
                request.queryParam("msg_signature"))) {
            return guard.reject(403, "signature", "签名不正确");
        }
        if (!guard.fresh(request.queryParam("timestamp"))) return guard.reject(403, "stale", "请求已过期");
        try {
            return Response.plain(200, guard.crypto().decrypt(echo));
        } catch (WeChatCryptoException e) {
            return guard.reject(400, "decrypt", "echostr 无法解密");
        }
    }

    /** POST: {@code <xml><ToUserName/><Encrypt/><AgentID/></xml>}, checked, decrypted, answered encrypted. */
    public Response receive(Request request) {
        if (!ready.getAsBoolean()) return Response.plain(503, "服务正在启动");
        String timestamp = request.queryParam("timestamp");
        String nonce = request.queryParam("nonce");
        if (!guard.fresh(timestamp)) return guard.reject(403, "stale", "请求已过期");
        WeChatMessage message;
        try {
            Map<String, String> envelope = WeChatXml.parse(request.body());
            String encrypt = envelope.get("Encrypt");
            if (encrypt == null || !guard.crypto().verifyMsgSignature(timestamp, nonce, encrypt, request.queryParam("msg_signature"))) {
                return guard.reject(403, "msg-signature", "签名不正确");
            }
            if (!guard.firstUse(request)) return guard.reject(403, "replay", "重复的请求");
            message = WeChatMessage.from(WeChatXml.parse(guard.crypto().decrypt(encrypt).getBytes(StandardCharsets.UTF_8)));
        } catch (WeChatXml.BadXml e) {
            return guard.reject(400, "xml", "消息格式不正确");
        } catch (WeChatCryptoException e) {
            return guard.reject(400, "decrypt", "消息格式不正确");
        }
        if (message.fromUser() == null || message.fromUser().isBlank() || message.msgType() == null) {
            return guard.reject(400, "fields", "消息缺少必要字段");
        }
        return replies.respond(message, guard.crypto(), nonce);
    }

    /** Always a private chat: the userid is the person. */
    private Incoming incoming(WeChatMessage m, String dedupeKey, String text) {
        return new Incoming(CHANNEL, m.fromUser(), "", null, text, false, dedupeKey, clock.instant(), true); // signed callback
    }

    @Override
    public void deliver(Delivered d) {
        if (d.fromMember()) return; // members' own messages are the platform's to show
        if (d.conversation().kind() != ConversationKey.Kind.DIRECT) return; // the application has no groups
        String text = d.reply().text();
        processing.execute(() -> api.sendToUser(d.conversation().id(), text));
    }
}
