package org.redengine.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.ConversationLog;
import org.redengine.conversation.Delivered;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Reply;
import org.redengine.knowledge.Answer;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.knowledge.KnowledgeSnapshot;
import org.redengine.server.Request;
import org.redengine.server.Response;
import org.redengine.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Metrics in Prometheus format at GET /metrics (Micrometer): messages by channel and reply type, answer latency
 * (histogram), answered and fallback counts (their ratio is the fallback rate), answer-cache hits and misses,
 * check-ins and contests, the index's size, and the JVM.
 */
public final class Metrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer answerLatency;
    private final Counter answered, fallback, checkIns, contestsStarted, contestAnswers;

    public Metrics(KnowledgeService knowledge, Database db) {
        answerLatency = Timer.builder("redengine.answer").description("time to answer a question from the knowledge base")
                .publishPercentileHistogram().register(registry);
        answered = Counter.builder("redengine.answers").tag("result", "answered").description("questions answered or not").register(registry);
        fallback = Counter.builder("redengine.answers").tag("result", "fallback").register(registry);
        FunctionCounter.builder("redengine.answer.cache", knowledge, k -> stats(k, true)).tag("result", "hit")
                .description("answer cache lookups (of the index now serving)").register(registry);
        FunctionCounter.builder("redengine.answer.cache", knowledge, k -> stats(k, false)).tag("result", "miss").register(registry);
        Gauge.builder("redengine.knowledge.entries", knowledge, k -> k.current() == null ? 0 : k.current().base().entries().size())
                .description("entries (FAQ rows and article passages) in the index").register(registry);
        Gauge.builder("redengine.knowledge.generation", knowledge, k -> k.current() == null ? 0 : k.current().generation())
                .description("how many times the index was built").register(registry);
        checkIns = Counter.builder("redengine.checkins").description("check-ins recorded by this node").register(registry);
        contestsStarted = Counter.builder("redengine.contests.started").description("contests started on this node").register(registry);
        contestAnswers = Counter.builder("redengine.contest.answers").description("contest answers counted by this node").register(registry);
        // cheap on an index; the other counts are counters, summed over the nodes by Prometheus
        count(db, "redengine.contests.running", "contests running now (all nodes)", "SELECT COUNT(*) FROM contests WHERE status = 'running'");
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    private static double stats(KnowledgeService k, boolean hits) {
        KnowledgeSnapshot s = k.current();
        if (s == null) return 0;
        var st = s.answerer().cache().stats();
        return hits ? st.hitCount() : st.missCount();
    }

    private void count(Database db, String name, String description, String sql) {
        Gauge.builder(name, db, d -> {
            try {
                return d.read(c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getLong(1) : 0L;
                    }
                });
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description(description).register(registry);
    }

    /**
     * Wraps the knowledge base's answer function: times it, counts answered and fallback, and hands questions
     * answered without confidence, or barely over the threshold, to {@code unsure} (the unanswered list).
     */
    public org.redengine.knowledge.Answers observe(org.redengine.knowledge.Answers answers, double lowConfidence,
                                                   BiConsumer<String, Double> unsure) {
        return (question, chatScope) -> {
            long start = System.nanoTime();
            Answer a = answers.answer(question, chatScope);
            answerLatency.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            (a.confident() ? answered : fallback).increment();
            if (!a.confident() || a.confidence() < lowConfidence) unsure.accept(question, a.confidence());
            return a;
        };
    }

    /** Wraps the conversation log: every message handled is counted by channel and by the type of its first reply. */
    public ConversationLog observe(ConversationLog log) {
        return new ConversationLog() {
            @Override
            public List<Delivered> record(Incoming message, List<Reply> replies, boolean keepText) {
                String type = replies.isEmpty() ? "none" : replies.get(0).type().wireName();
                registry.counter("redengine.messages", "channel", message.channel(), "type", type).increment();
                return log.record(message, replies, keepText);
            }

            @Override
            public List<Delivered> processed(String channel, String platformMessageId) {
                return log.processed(channel, platformMessageId);
            }

            @Override
            public Delivered post(ConversationKey conversation, Reply reply) {
                registry.counter("redengine.posts", "channel", conversation.channel(), "type", reply.type().wireName()).increment();
                return log.post(conversation, reply);
            }
        };
    }

    /** Counts the replies whose history was written after they left, and those whose history was lost. */
    public void historyWrittenBehind(java.util.function.LongSupplier written, java.util.function.LongSupplier lost) {
        FunctionCounter.builder("redengine.history.behind", written, java.util.function.LongSupplier::getAsLong).tag("result", "written")
                .description("messages whose history was committed just after the reply left").register(registry);
        FunctionCounter.builder("redengine.history.behind", lost, java.util.function.LongSupplier::getAsLong).tag("result", "lost").register(registry);
    }

    /** A platform callback refused (bad signature, stale, replayed, plaintext in safe mode, malformed …). */
    public void callbackRejected(String channel, String reason) {
        Counter.builder("redengine.callbacks.rejected").description("platform callbacks refused, by channel and reason")
                .tag("channel", channel).tag("reason", reason).register(registry).increment();
    }

    /**
     * A message the bot sent an Official Account follower on its own: sent, held (refused outside the 48-hour window),
     * failed, and held messages sent (or lost) on the follower's return.
     */
    public void officialAccountPush(String result) {
        Counter.builder("redengine.wechat.pushes").description("messages pushed to Official Account followers, by result")
                .tag("result", result).register(registry).increment();
    }

    /** A value read when /metrics is scraped (a channel's connection state, a queue's length). */
    public void gauge(String name, String description, java.util.function.Supplier<Number> value) {
        io.micrometer.core.instrument.Gauge.builder(name, value).description(description).register(registry);
    }

    public void checkInRecorded() {
        checkIns.increment();
    }

    public void contestStarted() {
        contestsStarted.increment();
    }

    public void contestAnswerCounted() {
        contestAnswers.increment();
    }

    /** GET /metrics */
    public Response scrape(Request request) {
        return new Response(200, "text/plain; version=0.0.4; charset=utf-8",
                registry.scrape().getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
    }
}
