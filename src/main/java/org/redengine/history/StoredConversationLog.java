package org.redengine.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.ConversationLog;
import org.redengine.conversation.Delivered;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Reply;
import org.redengine.conversation.Source;
import org.redengine.people.PeopleStore;
import org.redengine.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The conversation log on the database: people and bot messages written together through group commit. */
public final class StoredConversationLog implements ConversationLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A member seen within this long is not written again for a message the bot does not answer. */
    static final java.time.Duration SEEN_PRECISION = java.time.Duration.ofMinutes(1);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StoredConversationLog.class);

    private final Database db;
    private final Clock clock;
    private final com.github.benmanes.caffeine.cache.Cache<String, Long> recentlySeen;

    /** Numbers handed out in memory on the embedded database (one writer process); null: numbered in the database. */
    private final HistoryNumbers numbers;
    /** Records queued behind replies (null where {@link #numbers} is): {@link #settle} waits when there are any. */
    private final BehindWrites behind;
    /**
     * At most this many records wait behind their replies; past it a reply waits for its record like a state change
     * does, so a writer that cannot keep up slows the replies down instead of piling up memory and records that a
     * shutdown might not finish writing.
     */
    public static final int MAX_BEHIND = 20_000;
    private final int maxBehind;

    public StoredConversationLog(Database db, Clock clock) {
        this(db, clock, MAX_BEHIND);
    }

    /** @param maxBehind most records waiting behind their replies before replies wait for their records */
    public StoredConversationLog(Database db, Clock clock, int maxBehind) {
        this.maxBehind = maxBehind;
        this.db = db;
        this.clock = clock;
        this.numbers = db.kind() == Database.Kind.SQLITE ? new HistoryNumbers(db) : null;
        this.behind = numbers == null ? null : new BehindWrites(db);
        this.recentlySeen = com.github.benmanes.caffeine.cache.Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(java.time.Duration.ofHours(1)).maximumSize(200_000).build();
    }

    @Override
    public List<Delivered> record(Incoming message, List<Reply> replies, boolean keepText) {
        Instant at = clock.instant();
        String dedupe = message.platformMessageId();
        String seenKey = message.channel() + "\u0000" + message.groupId() + "\u0000" + message.userId();
        long said = message.receivedAt().toEpochMilli();
        Long last = recentlySeen.getIfPresent(seenKey);
        boolean chatter = replies.isEmpty() && dedupe == null && !keepText;
        if (chatter && last != null && Math.abs(said - last) < SEEN_PRECISION.toMillis()) {
            // busy group chatter (contest answers): "last seen" is kept to the minute, so skip a write per message
            return List.of();
        }
        recentlySeen.put(seenKey, said);
        if (chatter && last != null) {
            // a known member's "last seen" is soft state: it need not hold the reply back for a commit
            db.writeAsync(c -> {
                PeopleStore.recordSeen(c, message);
                return null;
            }).exceptionally(e -> {
                log.warn("could not record when a member was last seen", e);
                return null;
            });
            return List.of();
        }
        // a group member with no name is shown as 成员N by their place in the group, which needs their membership
        // committed first: that message takes the committed path
        boolean unnamedInGroup = keepText && message.isGroup() && (message.userName() == null || message.userName().isBlank());
        if (numbers != null && dedupe == null && !unnamedInGroup && writtenBehindOk(replies) && behind.pending() < maxBehind) {
            return recordBehind(message, replies, at, keepText);
        }
        try {
            return writeRecord(message, replies, at, dedupe, keepText);
        } catch (org.redengine.storage.StorageException e) {
            // with several nodes, a platform retry can reach another node while the first attempt is still being
            // written: the unique key lets one commit, and the other answers with what that one recorded
            List<Delivered> earlier = dedupe == null ? null : processed(message.channel(), dedupe);
            if (earlier != null) return earlier;
            throw e;
        }
    }

    /**
     * Replies that only tell (a knowledge answer, a fallback, help, a greeting) change nothing a member relies on: their
     * history may be committed just after the reply leaves. Everything else (check-ins, quiz and contest answers, and
     * any message a platform may send again) is committed first.
     */
    private static boolean writtenBehindOk(List<Reply> replies) {
        if (replies.isEmpty()) return false;
        for (Reply r : replies) {
            switch (r.type()) {
                case ANSWER, FALLBACK, HELP, GREETING -> { }
                default -> { return false; }
            }
        }
        return true;
    }

    /**
     * Numbers the messages now and queues their records without waiting for them: the reply goes out while the next
     * write of the group commit stores them ({@link BehindWrites}). A record that fails is logged and counted.
     */
    private List<Delivered> recordBehind(Incoming message, List<Reply> replies, Instant at, boolean keepText) {
        String key = MessageHistory.key(message.conversation());
        String to = message.userId();
        String name = keepText ? message.userName() : null;
        int count = replies.size() + (keepText ? 1 : 0);
        long millis = at.toEpochMilli();
        return numbers.reserve(key, count, first -> {
            List<Delivered> out = new ArrayList<>(count);
            List<BehindWrites.Row> rows = new ArrayList<>(count);
            long seq = first;
            if (keepText) {
                Reply said = Reply.of(org.redengine.conversation.ReplyType.MEMBER, message.text());
                out.add(new Delivered(message.conversation(), seq++, said, at, message.userId(), name, null));
            }
            for (Reply r : replies) out.add(new Delivered(message.conversation(), seq++, r, at, null, null, to));
            for (Delivered d : out) {
                String payload = d.fromMember() ? memberPayload(d.from(), d.fromName()) : payload(d.reply(), to);
                rows.add(new BehindWrites.Row(key, d.seq(), d.reply(), payload, millis));
            }
            behind.add(rows, message); // while the numbers are held: records queue in number order
            return out;
        });
    }

    /**
     * Waits (at most a few seconds) until the history written behind replies so far is committed: a read of the
     * history that follows sees every reply already sent.
     */
    public void settle() {
        if (behind == null || behind.pending() == 0) return;
        try {
            // the writer commits in queue order: once an empty write queued now is committed, so is everything before it
            db.writeAsync(c -> null).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // a failed write is counted and logged where it failed; the read goes on with what is committed
        }
    }

    /** History records written after their reply left, and those of them that could not be stored. */
    public long writtenBehind() {
        return behind == null ? 0 : behind.written();
    }

    public long lostBehind() {
        return behind == null ? 0 : behind.lost();
    }

    /** Stores one message in the caller's transaction and returns its number. */
    @FunctionalInterface
    private interface Append {
        long append(Connection c, Reply reply, String payload) throws SQLException;
    }

    /**
     * The committed path: numbered in the database's counter row (PostgreSQL, several nodes), or on the embedded
     * database in memory, with the numbers reserved and the write queued together; either way waited for.
     */
    private List<Delivered> writeRecord(Incoming message, List<Reply> replies, Instant at, String dedupe, boolean keepText) {
        long millis = at.toEpochMilli();
        if (numbers == null) {
            return db.write(c -> writeIn(c, message, replies, at, dedupe, keepText,
                    (cc, r, payload) -> MessageHistory.append(cc, message.conversation(), r, payload, millis)));
        }
        String key = MessageHistory.key(message.conversation());
        int count = replies.size() + (keepText ? 1 : 0);
        return await(numbers.reserve(key, count, first -> {
            long[] next = {first}; // a retry that raced the first attempt writes nothing: a gap in the numbers
            return db.writeAsync(c -> writeIn(c, message, replies, at, dedupe, keepText, (cc, r, payload) -> {
                long seq = next[0]++;
                MessageHistory.appendNumbered(cc, key, seq, r, payload, millis);
                return seq;
            }));
        }));
    }

    /** Who spoke, their message (with {@code keepText}) and the replies, and the retry key, in one transaction. */
    private static List<Delivered> writeIn(Connection c, Incoming message, List<Reply> replies, Instant at, String dedupe,
                                           boolean keepText, Append append) throws SQLException {
        if (dedupe != null) {
            List<Delivered> earlier = processed(c, message.channel(), dedupe);
            if (earlier != null) return earlier; // a retry that raced the first attempt: write nothing
        }
        PeopleStore.recordSeen(c, message);
        List<Delivered> out = new ArrayList<>(replies.size() + 1);
        String to = message.userId(); // every reply answers this member: only they may rate it
        if (keepText) {
            String name = message.isGroup()
                    ? PeopleStore.shownName(c, message.channel(), message.groupId(), message.userId(), message.userName())
                    : message.userName();
            Reply said = Reply.of(org.redengine.conversation.ReplyType.MEMBER, message.text());
            long seq = append.append(c, said, memberPayload(message.userId(), name));
            out.add(new Delivered(message.conversation(), seq, said, at, message.userId(), name, null));
        }
        for (Reply r : replies) {
            long seq = append.append(c, r, payload(r, to));
            out.add(new Delivered(message.conversation(), seq, r, at, null, null, to));
        }
        if (dedupe != null) markProcessed(c, message.channel(), dedupe, out, at.toEpochMilli());
        return out;
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> write) {
        try {
            return write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.redengine.storage.StorageException("interrupted while writing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof org.redengine.storage.StorageException se) throw se;
            throw new org.redengine.storage.StorageException("write failed", e.getCause());
        }
    }

    @Override
    public List<Delivered> processed(String channel, String platformMessageId) {
        return db.read(c -> processed(c, channel, platformMessageId));
    }

    private static List<Delivered> processed(Connection c, String channel, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT replies FROM processed_messages WHERE channel = ? AND dedupe_key = ?")) {
            ps.setString(1, channel);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ProcessedReplies.decode(rs.getString(1)) : null;
            }
        }
    }

    private static void markProcessed(Connection c, String channel, String key, List<Delivered> replies, long at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO processed_messages (channel, dedupe_key, replies, created_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, channel);
            ps.setString(2, key);
            ps.setString(3, ProcessedReplies.encode(replies));
            ps.setLong(4, at);
            ps.executeUpdate();
        }
    }

    @Override
    public Delivered post(ConversationKey conversation, Reply reply) {
        Instant at = clock.instant();
        if (numbers != null) {
            String key = MessageHistory.key(conversation);
            long seq = await(numbers.reserve(key, 1, n -> db.writeAsync(c -> {
                MessageHistory.appendNumbered(c, key, n, reply, payload(reply), at.toEpochMilli());
                return n;
            })));
            return new Delivered(conversation, seq, reply, at);
        }
        long seq = db.write(c -> MessageHistory.append(c, conversation, reply, payload(reply), at.toEpochMilli()));
        return new Delivered(conversation, seq, reply, at);
    }

    /** Sources, confidence and suggestions, kept with the message so history shows what the live reply showed. */
    static String payload(Reply r) {
        return payload(r, null);
    }

    /** A member's own message: who wrote it and the name others saw. */
    static String memberPayload(String from, String name) {
        return JSON.createObjectNode().put("from", from).put("name", name).toString();
    }

    /** Likewise, with whose message the reply answers ({@code to}, null for none). */
    static String payload(Reply r, String to) {
        ObjectNode o = JSON.createObjectNode();
        if (to != null) o.put("to", to);
        if (!r.sources().isEmpty()) {
            ArrayNode sources = o.putArray("sources");
            for (Source s : r.sources()) {
                sources.addObject().put("title", s.title()).put("source", s.source()).put("excerpt", s.excerpt());
            }
        }
        if (r.confidence() != null) o.put("confidence", r.confidence());
        if (!r.suggestions().isEmpty()) {
            ArrayNode sug = o.putArray("suggestions");
            r.suggestions().forEach(sug::add);
        }
        if (r.choices() != null) { // a page that loads the history later still draws the options
            ObjectNode c = o.putObject("choices").put("id", r.choices().id()).put("title", r.choices().title())
                    .put("multiple", r.choices().multiple());
            ArrayNode options = c.putArray("options");
            r.choices().options().forEach(opt -> options.addObject().put("key", opt.key()).put("label", opt.label()));
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
