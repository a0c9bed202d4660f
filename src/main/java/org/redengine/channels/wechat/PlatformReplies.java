package org.redengine.channels.wechat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redengine.conversation.Conversation;
import org.redengine.conversation.ConversationLog;
import org.redengine.conversation.Delivered;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.conversation.Role;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What the bot says to a decoded platform message, shared by the channels: each kind of message handled (text to
 * the conversation, a welcome on subscribe, a polite note for what it cannot read), recorded once (a retry gets the
 * replies recorded the first time; a retry of one still being answered waits for it), within the platform's reply
 * budget or else "success" now and the replies through {@code later}; then the passive XML reply.
 */
final class PlatformReplies {

    private static final Logger log = LoggerFactory.getLogger(PlatformReplies.class);
    /** Passive replies are kept under the platforms' widely quoted 2,048-byte limit. */
    static final int MAX_REPLY_BYTES = 2000;

    /** Turns a decoded message into the core's message (the channel decides private or group). */
    interface ToIncoming {
        Incoming incoming(WeChatMessage message, String dedupeKey, String text);
    }

    private final String channel;
    private final Conversation conversation;
    private final ConversationLog conversationLog;
    private final Clock clock;
    private final ExecutorService processing;
    private final Duration budget;
    private final ToIncoming toIncoming;
    private final Consumer<Delivered> later;
    private final Cache<String, CompletableFuture<List<Delivered>>> inFlight;

    PlatformReplies(String channel, Conversation conversation, ConversationLog conversationLog, Clock clock,
                    ExecutorService processing, Duration budget, ToIncoming toIncoming, Consumer<Delivered> later) {
        this.channel = channel;
        this.conversation = conversation;
        this.conversationLog = conversationLog;
        this.clock = clock;
        this.processing = processing;
        this.budget = budget;
        this.toIncoming = toIncoming;
        this.later = later;
        this.inFlight = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();
    }

    /** The passive reply to a message: "success" when there is nothing to say (yet), else text XML, encrypted when asked. */
    Response respond(WeChatMessage message, WeChatCrypto encryptWith, String nonce) {
        List<Delivered> replies = answer(message);
        if (replies == null || replies.isEmpty()) return Response.plain(200, "success");
        String text = replies.stream().map(d -> d.reply().text()).collect(Collectors.joining("\n\n"));
        long now = clock.instant().getEpochSecond();
        String xml = WeChatXml.textReply(message.fromUser(), message.toUser(), now,
                Utf8Text.shorten(text, MAX_REPLY_BYTES, sourceNote(text)));
        if (encryptWith != null) xml = encryptWith.envelope(xml, String.valueOf(now), nonce);
        return Response.text(200, "application/xml; charset=utf-8", xml);
    }

    /** The source note at the end of an answer is kept when a long answer is shortened. */
    private static String sourceNote(String text) {
        int i = text.lastIndexOf("（来源：");
        return i >= 0 && text.endsWith("）") ? text.substring(i) : "";
    }

    /** The replies, recorded once; null means "answer later" (the budget ran out). */
    private List<Delivered> answer(WeChatMessage message) {
        String key = message.dedupeKey();
        List<Delivered> done = conversationLog.processed(channel, key);
        if (done != null) return done;
        CompletableFuture<List<Delivered>> work = inFlight.get(key,
                k -> CompletableFuture.supplyAsync(() -> handle(message, k), processing));
        try {
            // the platform gives up after 5 s: answer within the budget (about 4 s) or say "success" and send it later
            return work.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.thenAccept(replies -> replies.forEach(later));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            log.error("{} message failed", channel, e.getCause());
            inFlight.invalidate(key);
            return List.of();
        }
    }

    private List<Delivered> handle(WeChatMessage m, String dedupeKey) {
        MessageKind kind = MessageKind.of(m);
        String text = kind.text(m);
        Incoming incoming = toIncoming.incoming(m, dedupeKey, text == null || text.isBlank() ? "[空消息]" : text);
        List<Reply> replies = switch (kind) {
            case TEXT, VOICE_TEXT, CLICK -> conversation.handle(incoming);
            case SUBSCRIBE -> List.of(Reply.of(ReplyType.GREETING, "欢迎关注红色引擎学习助手！\n"
                    + conversation.commands().helpText(Role.MEMBER, incoming)));
            case UNSUBSCRIBE, IGNORED_EVENT -> List.of();
            case VOICE -> List.of(Reply.of(ReplyType.NOTICE, "语音没有识别出文字，请再说一遍，或直接发文字给我。"));
            case OTHER -> List.of(Reply.of(ReplyType.NOTICE, "我现在只能看懂文字消息。请用文字提问，例如“遵义会议是哪年召开的？”，或发送“帮助”。"));
        };
        return conversationLog.record(incoming, replies);
    }
}
