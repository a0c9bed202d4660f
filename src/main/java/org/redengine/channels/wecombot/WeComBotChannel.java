package org.redengine.channels.wecombot;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redengine.channels.wechat.Utf8Text;
import org.redengine.conversation.ChannelSender;
import org.redengine.conversation.Conversation;
import org.redengine.conversation.ConversationLog;
import org.redengine.conversation.Delivered;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.conversation.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The WeCom intelligent robot (企业微信智能机器人) as a channel, {@code wecom-bot}: the one official way a bot takes
 * part in group chats. A group is the robot's {@code chatid}, a member their {@code from.userid}. Members'
 * messages arrive as {@code aibot_msg_callback} (in a group only when they @-mention the robot; WeCom developer
 * documentation 100719) and are answered with a {@code stream} reply on the callback's req_id (101031): a slow
 * answer first gets a short "正在查找…" chunk. A message is handled once, however often the platform redelivers it
 * (its {@code msgid} is recorded with the replies, in the database, so across nodes too); a redelivery gets the
 * recorded replies again. Messages the bot sends on its own are queued durably and pushed with
 * {@code aibot_send_msg}, paced per chat.
 */
public final class WeComBotChannel implements ChannelSender, AutoCloseable {

    public static final String CHANNEL = "wecom-bot";
    /** A slow answer first shows this, so the member knows the robot heard them. */
    static final String THINKING = "正在查找…";
    static final Duration THINKING_AFTER = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(WeComBotChannel.class);
    /**
     * The robot's @-mention, whatever its admin named it: at the start of the text (the documentation's "@RobotA hello
     * robot"), or at its end when a member types the question first (not an e-mail address's). Spaces of every kind
     * end the name (a member's input method may type a full-width one).
     */
    private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*[@＠]\\S+\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TRAILING_MENTION = Pattern.compile("(?<![A-Za-z0-9._%+-])[@＠]\\S+\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SOURCE_NOTE = Pattern.compile("（来源：([^（）]*)）\\s*$");
    private static final Pattern FOLLOW_UP = Pattern.compile("^(这|那|它|这个|那个|上面|为什么|什么意思|出处|详细|具体|再说|展开).{0,12}$");

    private final Conversation conversation;
    private final ConversationLog conversationLog;
    private final Clock clock;
    private final ExecutorService processing;
    private final Duration pushPace;
    private final BotOutbox outbox;
    private final BotConnection connection;
    private final Cache<String, CompletableFuture<List<Delivered>>> inFlight;
    private final Cache<String, Long> lastPushToChat;
    /** Cards sent lately, by task_id: a tap is answered with its card updated (this node's; others skip the update). */
    private final Cache<String, com.fasterxml.jackson.databind.node.ObjectNode> cards;
    private final AtomicBoolean pumping = new AtomicBoolean();
    private final AtomicLong queued = new AtomicLong(), pushed = new AtomicLong(), handled = new AtomicLong(), dropped = new AtomicLong();
    /** A push refused this often (backing off to 5 minutes: about 1.5 hours) is given up and counted. */
    static final int MAX_ATTEMPTS = 20;

    public WeComBotChannel(WeComBotConfig config, Conversation conversation, ConversationLog conversationLog,
                           org.redengine.storage.Database db, Clock clock, ExecutorService processing) {
        this.conversation = conversation;
        this.conversationLog = conversationLog;
        this.clock = clock;
        this.processing = processing;
        this.pushPace = config.pushPace();
        this.outbox = new BotOutbox(db, clock);
        this.inFlight = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();
        this.lastPushToChat = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();
        this.cards = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(Duration.ofHours(2)).maximumSize(10_000).build();
        this.connection = config.longConnection()
                ? new BotConnection(config, config.heartbeat(), this::onCallback, () -> processing.execute(this::pump)) : null;
        this.queued.set(outbox.size());
    }

    public void start() {
        if (connection != null) connection.start();
    }

    /** Over the callback URL: pushes go to a chat's response_url, each usable once within an hour of its callback. */
    private final Cache<String, java.util.concurrent.ConcurrentLinkedDeque<ResponseUrl>> responseUrls = Caffeine.newBuilder()
            .expireAfterWrite(RESPONSE_URL_VALID).maximumSize(100_000).build();
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Duration RESPONSE_URL_VALID = Duration.ofMinutes(55); // the platform allows an hour: keep a margin

    private record ResponseUrl(String url, long until) {
    }

    /** A callback's response_url, for one message to its chat within the hour (callback mode). */
    void rememberResponseUrl(String chat, String url) {
        if (url == null || url.isBlank() || !(url.startsWith("https://") || url.startsWith("http://"))) return;
        responseUrls.get(chat, k -> new java.util.concurrent.ConcurrentLinkedDeque<>())
                .add(new ResponseUrl(url, clock.millis() + RESPONSE_URL_VALID.toMillis()));
    }

    private String takeResponseUrl(String chat) {
        java.util.concurrent.ConcurrentLinkedDeque<ResponseUrl> urls = responseUrls.getIfPresent(chat);
        if (urls == null) return null;
        long now = clock.millis();
        for (ResponseUrl u = urls.poll(); u != null; u = urls.poll()) {
            if (u.until() > now) return u.url();
        }
        return null;
    }

    /** Sends a push: over the long connection, or to a response_url of the chat (none left: not now). */
    private CompletableFuture<Boolean> transmit(String chat, com.fasterxml.jackson.databind.node.ObjectNode message) {
        if (connection != null) {
            return connection.send(BotFrames.send(chat, message)).thenApply(ack -> {
                if (ack.path("errcode").asInt(-1) == 0) return true;
                log.warn("wecom-bot: a push to {} was refused (errcode {}, {}); it will be tried again", chat,
                        ack.path("errcode").asInt(), ack.path("errmsg").asText());
                return false;
            });
        }
        String url = takeResponseUrl(chat);
        if (url == null) return null;
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(message.toString())).build();
        return http.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
            try {
                return r.statusCode() == 200 && BotFrames.JSON.readTree(r.body()).path("errcode").asInt(-1) == 0;
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }

    /** For /healthz and /metrics: the connection's state and the queue of pushes. */
    public java.util.Map<String, Object> status() {
        java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
        o.put("mode", connection != null ? "long-connection" : "callback");
        o.put("state", connection != null ? connection.state().name().toLowerCase(java.util.Locale.ROOT) : "callback");
        o.put("lastError", connection != null ? connection.lastError() : "");
        o.put("reconnects", connection != null ? connection.reconnects() : 0);
        o.put("queued", queued.get());
        o.put("pushed", pushed.get());
        o.put("dropped", dropped.get());
        o.put("messages", handled.get());
        o.put("framesRejected", connection != null ? connection.framesRejected() : 0);
        return o;
    }

    /** Whether pushes can go out: the long connection is up (callback mode: always; each chat needs a response_url). */
    public boolean online() {
        return connection == null || connection.state() == BotConnection.State.ONLINE;
    }

    /** Each member's callbacks in the order they arrived (the last one's work, chained on); members in parallel. */
    private final java.util.concurrent.ConcurrentHashMap<String, CompletableFuture<Void>> memberQueues = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A callback frame, on the connection's event loop: handled elsewhere, never blocking it. One member's callbacks
     * are handled one after another in arrival order (their first tap is the one that counts), different members'
     * at the same time.
     */
    private void onCallback(JsonNode frame) {
        String member = frame.path("body").path("from").path("userid").asText("");
        Runnable task = () -> {
            try {
                handle(frame);
            } catch (RuntimeException e) {
                log.error("wecom-bot: a callback failed", e);
            }
        };
        if (member.isEmpty()) {
            processing.execute(task);
            return;
        }
        CompletableFuture<Void>[] mine = new CompletableFuture[1];
        memberQueues.compute(member, (k, tail) -> mine[0] = (tail == null ? CompletableFuture.runAsync(task, processing)
                : tail.thenRunAsync(task, processing)));
        mine[0].whenComplete((r, e) -> memberQueues.remove(member, mine[0])); // idle members leave no entry behind
    }

    private void handle(JsonNode frame) {
        String reqId = BotFrames.reqId(frame);
        JsonNode body = frame.path("body");
        String msgId = body.path("msgid").asText("");
        String user = body.path("from").path("userid").asText("");
        if (msgId.isEmpty() || user.isEmpty()) return; // nothing to answer or to dedupe by
        String group = group(body);
        if (BotFrames.EVENT_CALLBACK.equals(BotFrames.cmd(frame))) {
            event(reqId, body, msgId, user, group);
            return;
        }
        CompletableFuture<Handled> work = work(body);
        StreamReply stream = new StreamReply(reqId);
        if (!work.isDone()) {
            CompletableFuture.delayedExecutor(THINKING_AFTER.toMillis(), TimeUnit.MILLISECONDS, processing)
                    .execute(() -> { if (!work.isDone()) stream.thinking(); });
        }
        work.whenComplete((handled, error) -> {
            String content = error != null ? null : content(handled, group != null ? group : user);
            if (content == null) stream.finishEmpty();
            else stream.finish(content);
        });
        try {
            work.join(); // the member's next callback waits for this one (a virtual thread: waiting is cheap)
        } catch (RuntimeException e) {
            // logged by work()
        }
    }

    /** The group a callback body is from ({@code chattype} group: its chatid), or null for a private chat. */
    static String group(JsonNode body) {
        return "group".equals(body.path("chattype").asText()) ? body.path("chatid").asText(null) : null;
    }

    /**
     * A member's message handled once: the replies recorded for its msgid when the platform redelivers it, else the
     * conversation's, recorded with the msgid in one transaction (in flight: the same work).
     */
    CompletableFuture<Handled> work(JsonNode body) {
        String msgId = body.path("msgid").asText("");
        String user = body.path("from").path("userid").asText("");
        String group = group(body);
        handled.incrementAndGet();
        String text = text(body);
        Incoming incoming = new Incoming(CHANNEL, user, "", group, text == null || text.isBlank() ? "[空消息]" : text,
                group != null, msgId, clock.instant(), true); // the platform vouches for the sender
        List<Delivered> done = conversationLog.processed(CHANNEL, msgId);
        if (done != null) return CompletableFuture.completedFuture(new Handled(done, true)); // a redelivery: nothing handled twice
        CompletableFuture<List<Delivered>> work = inFlight.get(msgId, k -> CompletableFuture.supplyAsync(() -> {
            List<Reply> replies = text == null
                    ? List.of(Reply.of(ReplyType.NOTICE, "我现在只能看懂文字消息。请用文字提问，例如“@我 遵义会议是哪年召开的？”，或发送“帮助”。"))
                    : conversation.handle(incoming);
            return conversationLog.record(incoming, replies);
        }, processing));
        work.whenComplete((r, e) -> {
            if (e != null) {
                log.error("wecom-bot: message {} failed", msgId, e);
                inFlight.invalidate(msgId);
            }
        });
        return work.thenApply(replies -> new Handled(replies, false));
    }

    /** A message's replies; {@code again}: recorded before (a redelivery), so its cards went out already. */
    record Handled(List<Delivered> replies, boolean again) {
    }

    /** The member's words: text (the @-mention removed), voice (already text), a mixed message's text parts. */
    static String text(JsonNode body) {
        String msgType = body.path("msgtype").asText("");
        String own = switch (msgType) {
            case "text" -> body.path("text").path("content").asText("");
            case "voice" -> body.path("voice").path("content").asText("");
            case "mixed" -> {
                StringBuilder sb = new StringBuilder();
                for (JsonNode item : body.path("mixed").path("msg_item")) {
                    if ("text".equals(item.path("msgtype").asText())) sb.append(item.path("text").path("content").asText("")).append(' ');
                }
                yield sb.toString();
            }
            default -> null;
        };
        if (own == null) return null;
        own = TRAILING_MENTION.matcher(LEADING_MENTION.matcher(own).replaceFirst("")).replaceFirst("").strip();
        String quoted = quoted(body.path("quote"));
        if (quoted != null && (own.isEmpty() || FOLLOW_UP.matcher(own).matches())) {
            return own.isEmpty() ? quoted : quoted + " " + own; // a follow-up on the quoted message
        }
        return own;
    }

    private static String quoted(JsonNode quote) {
        if (quote.isMissingNode() || quote.isNull()) return null;
        String q = switch (quote.path("msgtype").asText("")) {
            case "text" -> quote.path("text").path("content").asText("");
            case "voice" -> quote.path("voice").path("content").asText("");
            case "mixed" -> {
                StringBuilder sb = new StringBuilder();
                for (JsonNode item : quote.path("mixed").path("msg_item")) {
                    if ("text".equals(item.path("msgtype").asText())) sb.append(item.path("text").path("content").asText(""));
                }
                yield sb.toString();
            }
            default -> "";
        };
        q = LEADING_MENTION.matcher(q).replaceFirst("").strip();
        return q.isEmpty() ? null : q;
    }

    /**
     * Events (WeCom developer documentation 101027): a welcome on enter_chat; a tap on a card is the member's pick,
     * handled like a typed message (once per msgid) and answered by updating the card.
     */
    private void event(String reqId, JsonNode body, String msgId, String user, String group) {
        String type = body.path("event").path("eventtype").asText("");
        if ("template_card_event".equals(type)) {
            com.fasterxml.jackson.databind.node.ObjectNode card = tap(body.path("event").path("template_card_event"), msgId, user, group);
            if (card != null) connection.send(BotFrames.updateCard(reqId, card));
        } else if ("enter_chat".equals(type)) {
            connection.send(BotFrames.welcome(reqId, welcome(user, group)));
        } else {
            log.debug("wecom-bot: event {} not used", type);
        }
    }

    /** The welcome for a member entering a private chat, with the help text. */
    String welcome(String user, String group) {
        Incoming visitor = new Incoming(CHANNEL, user, "", group, "", false, null, clock.instant(), true);
        String welcome = "你好！我是红色引擎学习助手，可以回答党史问题、陪你答题打卡。\n" + conversation.commands().helpText(Role.MEMBER, visitor);
        return Utf8Text.shorten(welcome, BotFrames.MAX_STREAM_BYTES, "");
    }

    /**
     * A tap on a card: the member's pick, handled once per msgid; returns the card as the member should now see it
     * (null when this node did not send the card and cannot rebuild it).
     */
    com.fasterxml.jackson.databind.node.ObjectNode tap(JsonNode tap, String msgId, String user, String group) {
        String taskId = tap.path("task_id").asText("");
        String picked = BotCards.picked(tap);
        if (taskId.isEmpty() || picked == null) return null;
        handled.incrementAndGet();
        Incoming incoming = new Incoming(CHANNEL, user, "", group, picked, group != null, msgId, clock.instant(), true, taskId);
        List<Delivered> replies = conversationLog.processed(CHANNEL, msgId);
        boolean again = replies != null;
        if (replies == null) {
            replies = inFlight.get(msgId, k -> CompletableFuture.supplyAsync(
                    () -> conversationLog.record(incoming, conversation.handle(incoming)), processing)).join();
        }
        // what the member is told goes on the card they tapped; a next question (a personal quiz) is a card of its own
        String status = null;
        for (Delivered d : replies) {
            if (d.fromMember() || d.reply().text().isBlank()) continue;
            String said = d.reply().choices() != null ? d.reply().choices().lead() : d.reply().text();
            if (status == null && !said.isBlank()) status = said;
            if (d.reply().choices() != null && !again) queue(group != null ? group : user, d);
        }
        com.fasterxml.jackson.databind.node.ObjectNode card = cards.getIfPresent(taskId);
        if (card == null) return null; // sent by another node or before a restart: nothing to update it from
        return BotCards.withStatus(card, Utf8Text.shorten(status != null ? status : "已记录你的选择：" + picked + "（只算第一次）", 300, ""));
    }

    /**
     * The replies as one stream message's Markdown (null when there is nothing to say); a reply with options to pick
     * from goes to the chat as a card of its own.
     */
    String content(Handled handled, String chat) {
        List<String> parts = new ArrayList<>();
        for (Delivered d : handled.replies()) {
            if (d.fromMember() || d.reply().text().isBlank()) continue;
            if (d.reply().choices() != null) {
                if (!d.reply().choices().lead().isBlank()) parts.add(markdown(d.reply().choices().lead()));
                if (!handled.again()) queue(chat, d);
            } else {
                parts.add(markdown(d.reply().text()));
            }
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /** An answer's source note as a Markdown quote line, and within the 20,480-byte limit (keeping the note). */
    static String markdown(String text) {
        java.util.regex.Matcher m = SOURCE_NOTE.matcher(text);
        if (m.find()) {
            String note = "\n\n> 来源：" + m.group(1);
            return Utf8Text.shorten(text.substring(0, m.start()).stripTrailing(), BotFrames.MAX_STREAM_BYTES - Utf8Text.bytes(note) - 16, "") + note;
        }
        return Utf8Text.shorten(text, BotFrames.MAX_STREAM_BYTES, "");
    }

    /** One stream reply: at most one "thinking" chunk, then the finished content, in that order. */
    private final class StreamReply {
        private final String reqId;
        private final String streamId = "s" + Long.toHexString(System.nanoTime()) + Integer.toHexString(System.identityHashCode(this));
        private boolean thinkingSent, finished;

        StreamReply(String reqId) {
            this.reqId = reqId;
        }

        synchronized void thinking() {
            if (finished || thinkingSent) return;
            thinkingSent = true;
            connection.send(BotFrames.stream(reqId, streamId, THINKING, false));
        }

        synchronized void finish(String content) {
            if (finished) return;
            finished = true;
            connection.send(BotFrames.stream(reqId, streamId, content, true)).whenComplete((ack, e) -> {
                if (e != null || ack.path("errcode").asInt(-1) != 0) {
                    log.warn("wecom-bot: a reply was not accepted ({})", e != null ? e.getMessage() : ack.path("errmsg").asText());
                }
            });
        }

        /** Nothing to say, but a "thinking" chunk is open: close it. */
        synchronized void finishEmpty() {
            if (finished) return;
            finished = true;
            if (thinkingSent) connection.send(BotFrames.stream(reqId, streamId, "好的。", true));
        }
    }

    /** A message the bot sends on its own: queued durably, then pushed when the connection allows. */
    @Override
    public void deliver(Delivered d) {
        if (d.fromMember()) return; // members' own messages are the platform's to show
        queue(d.conversation().id(), d);
    }

    /** Queues a message for a chat: a card when it offers options, else Markdown. */
    private void queue(String chat, Delivered d) {
        com.fasterxml.jackson.databind.node.ObjectNode body;
        if (d.reply().choices() != null) {
            com.fasterxml.jackson.databind.node.ObjectNode card = BotCards.card(d.reply().choices());
            cards.put(d.reply().choices().id(), card);
            body = BotFrames.templateCard(card);
        } else {
            body = BotFrames.markdown(markdown(d.reply().text()));
        }
        outbox.add(chat, body.toString(), d.seq());
        queued.incrementAndGet();
        processing.execute(this::pump);
    }

    /**
     * Sends what is due: the oldest message of each chat, at most one per chat every {@code pushPace} (3 s), chats
     * in parallel, each acknowledged asynchronously. Run by a timer, on (re)connect and when a message is queued;
     * it runs itself again while messages wait for their chat's pace.
     */
    public void pump() {
        if (!online() || !pumping.compareAndSet(false, true)) return;
        boolean waiting = false;
        try {
            long now = clock.millis();
            for (BotOutbox.Queued q : outbox.due(200)) {
                Long last = lastPushToChat.getIfPresent(q.chatId());
                if (last != null && now - last < pushPace.toMillis()) {
                    waiting = true;
                    continue;
                }
                if (q.attempts() >= MAX_ATTEMPTS) { // refused for hours (a quota, a chat the robot left): give up, say so
                    outbox.sent(q.id());
                    queued.decrementAndGet();
                    dropped.incrementAndGet();
                    log.warn("wecom-bot: gave up a push to {} after {} attempts", q.chatId(), q.attempts());
                    continue;
                }
                if (connection == null && !hasResponseUrl(q.chatId())) continue; // callback mode: waits for the chat to speak
                if (!outbox.claim(q)) continue; // another node has it
                lastPushToChat.put(q.chatId(), now);
                waiting = true; // the chat's next message, if any, after the pace
                com.fasterxml.jackson.databind.node.ObjectNode message;
                try {
                    message = (com.fasterxml.jackson.databind.node.ObjectNode) BotFrames.JSON.readTree(q.content());
                } catch (java.io.IOException e) {
                    outbox.sent(q.id()); // cannot happen for rows we wrote; never retry one that cannot be read
                    queued.decrementAndGet();
                    continue;
                }
                CompletableFuture<Boolean> sent = transmit(q.chatId(), message);
                if (sent == null) {
                    outbox.release(q);
                    continue;
                }
                sent.whenCompleteAsync((ok, e) -> {
                    if (e != null) {
                        outbox.release(q); // not sent (disconnected, no acknowledgement): try again soon
                    } else if (ok) {
                        outbox.sent(q.id());
                        queued.decrementAndGet();
                        pushed.incrementAndGet();
                    } // refused: tried again when the claim runs out
                }, processing);
            }
        } finally {
            pumping.set(false);
        }
        if (waiting) CompletableFuture.delayedExecutor(pushPace.toMillis(), TimeUnit.MILLISECONDS, processing).execute(this::pump);
    }

    private boolean hasResponseUrl(String chat) {
        java.util.concurrent.ConcurrentLinkedDeque<ResponseUrl> urls = responseUrls.getIfPresent(chat);
        return urls != null && !urls.isEmpty();
    }

    @Override
    public void close() {
        if (connection != null) connection.close();
    }

}
