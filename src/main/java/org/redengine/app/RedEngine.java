package org.redengine.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.channels.web.WebMessageApi;
import org.redengine.conversation.CommandRegistry;
import org.redengine.conversation.Conversation;
import org.redengine.conversation.HelpCommand;
import org.redengine.conversation.RoleResolver;
import org.redengine.knowledge.KnowledgeBase;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.knowledge.KnowledgeSnapshot;
import org.redengine.server.HttpServer;
import org.redengine.server.Request;
import org.redengine.server.Response;
import org.redengine.server.Router;
import org.redengine.web.StaticResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The whole server, wired together: knowledge base, conversation core, channels and HTTP routes. */
public final class RedEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedEngine.class);

    private final Settings settings;
    private final Clock clock;
    private final KnowledgeService knowledge;
    private final ExecutorService workers;
    private final HttpServer server;
    private final Instant startedAt;
    private volatile boolean ready;
    private int port;

    public RedEngine(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.knowledge = new KnowledgeService(settings.knowledge(), settings.answerThreshold());
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.workers(),
                r -> Thread.ofPlatform().daemon().name("worker-" + n.incrementAndGet()).unstarted(r));
        CommandRegistry commands = new CommandRegistry().register(new HelpCommand());
        Conversation conversation = new Conversation(commands, knowledge::answer, RoleResolver.EVERYONE_MEMBER);
        WebMessageApi web = new WebMessageApi(conversation, () -> ready, clock);
        StaticResources pages = new StaticResources();
        Router router = new Router()
                .getInline("/healthz", this::health)
                .post("/api/messages", web::post)
                .get("/", pages::index)
                .get("/index.html", pages::index)
                .get("/static/*", pages::file);
        this.server = new HttpServer(settings.host(), settings.port(), router, workers);
    }

    /** Binds the port (health says "starting"), loads the knowledge base, then reports ready. */
    public int start() throws IOException, InterruptedException {
        bind();
        loadAndServe();
        return port;
    }

    /** First half of {@link #start()}: checks the directories and listens; every request gets 503 until ready. */
    public int bind() throws IOException, InterruptedException {
        if (!Files.isDirectory(settings.knowledge())) {
            throw new IOException("知识库目录不存在：" + settings.knowledge().toAbsolutePath());
        }
        Files.createDirectories(settings.data());
        port = server.start();
        log.info("listening on {}:{}", settings.host(), port);
        return port;
    }

    /** Second half of {@link #start()}: loads the knowledge base, starts watching it, and reports ready. */
    public void loadAndServe() throws IOException {
        knowledge.reload();
        if (settings.watchKnowledge()) {
            knowledge.watch();
        }
        ready = true;
        log.info("ready in {} ms", clock.millis() - startedAt.toEpochMilli());
    }

    public int port() {
        return port;
    }

    public KnowledgeService knowledge() {
        return knowledge;
    }

    public void awaitClose() throws InterruptedException {
        server.awaitClose();
    }

    private Response health(Request request) {
        if (!ready) {
            return Response.json(503, Map.of("status", "starting"));
        }
        KnowledgeSnapshot snap = knowledge.current();
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("knowledge", k);
        body.put("uptimeSeconds", (clock.millis() - startedAt.toEpochMilli()) / 1000);
        return Response.json(200, body);
    }

    @Override
    public void close() {
        server.close();
        knowledge.close();
        workers.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ObjectMapper json() {
        return new ObjectMapper();
    }
}
