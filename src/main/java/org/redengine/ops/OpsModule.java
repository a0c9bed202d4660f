package org.redengine.ops;

import org.redengine.core.Module;
import org.redengine.knowledge.KnowledgeBase;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.knowledge.KnowledgeSnapshot;
import org.redengine.quiz.QuizBanks;
import org.redengine.server.Request;
import org.redengine.server.Response;
import org.redengine.server.Routes;
import org.redengine.storage.Database;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** What operators look at: {@code /healthz} (503 until the knowledge base is loaded) and {@code /metrics}. */
public final class OpsModule implements Module {

    private final Metrics metrics;
    private final KnowledgeService knowledge;
    private final QuizBanks banks;
    private final Database db;
    private final BooleanSupplier ready;
    private final Clock clock;
    private final Instant startedAt;
    private final java.util.function.Supplier<Map<String, Object>> wecomBot;

    /** @param wecomBot the WeCom robot's connection state, or null when that channel is off */
    public OpsModule(Metrics metrics, KnowledgeService knowledge, QuizBanks banks, Database db, BooleanSupplier ready,
                     Clock clock, Instant startedAt, java.util.function.Supplier<Map<String, Object>> wecomBot) {
        this.wecomBot = wecomBot;
        this.metrics = metrics;
        this.knowledge = knowledge;
        this.banks = banks;
        this.db = db;
        this.ready = ready;
        this.clock = clock;
        this.startedAt = startedAt;
    }

    @Override
    public void routes(Routes routes) {
        routes.getInline("/healthz", this::health).getInline("/metrics", metrics::scrape);
    }

    private Response health(Request request) {
        if (!ready.getAsBoolean()) {
            return Response.json(503, Map.of("status", "starting"));
        }
        Map<String, Object> k = knowledgeSummary(knowledge.current());
        Map<String, Object> q = new LinkedHashMap<>();
        banks.banks().forEach((name, bank) -> q.put(name, bank.questions().size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("knowledge", k);
        body.put("quizBanks", q);
        body.put("database", db.kind().name().toLowerCase());
        if (wecomBot != null) body.put("wecomBot", wecomBot.get());
        body.put("uptimeSeconds", (clock.millis() - startedAt.toEpochMilli()) / 1000);
        return Response.json(200, body);
    }

    /** The knowledge base's figures, counted once per generation (counting walks every entry). */
    private volatile Map.Entry<KnowledgeSnapshot, Map<String, Object>> summary;

    private Map<String, Object> knowledgeSummary(KnowledgeSnapshot snap) {
        Map.Entry<KnowledgeSnapshot, Map<String, Object>> cached = summary;
        if (cached != null && cached.getKey() == snap) return cached.getValue();
        KnowledgeBase kb = snap.base();
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("files", kb.files());
        k.put("articles", kb.articles());
        k.put("passages", kb.passages());
        k.put("faqs", kb.faqs());
        k.put("synonyms", kb.synonyms().phrases().size());
        k.put("problems", kb.problems().size());
        k.put("generation", snap.generation());
        k.put("builtAt", snap.builtAt().toString());
        k.put("buildMillis", snap.buildMillis());
        Map<String, Object> fixed = java.util.Collections.unmodifiableMap(k);
        summary = Map.entry(snap, fixed);
        return fixed;
    }
}
