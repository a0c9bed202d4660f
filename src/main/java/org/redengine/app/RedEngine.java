package org.redengine.app;

import org.redengine.admin.ConsoleModule;
import org.redengine.channels.web.WebModule;
import org.redengine.channels.wechat.WeChatModule;
import org.redengine.quiz.ContestModule;
import org.redengine.conversation.CommandRegistry;
import org.redengine.conversation.Conversation;
import org.redengine.conversation.ConversationLog;
import org.redengine.conversation.HelpCommand;
import org.redengine.conversation.Interceptor;
import org.redengine.conversation.Outbound;
import org.redengine.core.Module;
import org.redengine.core.Timers;
import org.redengine.history.HistoryModule;
import org.redengine.history.MessageHistory;
import org.redengine.history.StoredConversationLog;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.knowledge.edit.KnowledgeModule;
import org.redengine.knowledge.semantic.Semantics;
import org.redengine.ops.Metrics;
import org.redengine.ops.OpsModule;
import org.redengine.people.PeopleModule;
import org.redengine.quiz.QuizBanks;
import org.redengine.quiz.QuizModule;
import org.redengine.server.HttpServer;
import org.redengine.server.Router;
import org.redengine.server.Routes;
import org.redengine.server.ServerLimits;
import org.redengine.storage.Database;
import org.redengine.study.StudyModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The composition root: opens the database, makes the conversation core, lists the feature modules, and starts and
 * stops them in order. Each module contributes its own commands, interceptors, routes, timers and migrations.
 */
public final class RedEngine implements AutoCloseable, Timers {

    private static final Logger log = LoggerFactory.getLogger(RedEngine.class);

    /** Each module's tables, migrated at start (the order of versions is global). */
    static final List<String> MIGRATIONS = List.of(PeopleModule.MIGRATIONS, QuizModule.MIGRATIONS, ContestModule.MIGRATIONS,
            StudyModule.MIGRATIONS, KnowledgeModule.MIGRATIONS, ConsoleModule.MIGRATIONS, WebModule.MIGRATIONS,
            WeChatModule.MIGRATIONS, org.redengine.channels.wecombot.WeComBotModule.MIGRATIONS);

    private final Settings settings;
    private final Clock clock;
    private final KnowledgeService knowledge;
    private final QuizBanks quizBanks;
    private final ExecutorService workers;
    /** Answers platform callbacks while the request's worker waits for them (never the same pool: no starvation). */
    private final ExecutorService channelWork;
    private final ScheduledExecutorService housekeeping;
    private final Instant startedAt;
    private final List<Module> modules = new ArrayList<>();
    private volatile boolean ready;
    private final boolean manualTimers;
    /** Every module's timer task, in registration order (guarded: runs only when ready, failures logged). */
    private final List<Runnable> timerTasks = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Database db;
    private HttpServer server;
    private Outbound outbound;
    private int port;

    public RedEngine(Settings settings, Clock clock) {
        this(settings, clock, false);
    }

    /**
     * @param manualTimers true when whoever drives {@code clock} also drives the timers ({@link #runTimers()}): a
     *                     test that moves a clock by hand runs each timer when it wants, instead of waiting for one
     */
    public RedEngine(Settings settings, Clock clock, boolean manualTimers) {
        this.manualTimers = manualTimers;
        this.settings = settings;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.knowledge = new KnowledgeService(settings.knowledge(), settings.answerThreshold(), settings.data().resolve("index"));
        this.quizBanks = new QuizBanks(settings.quizzes());
        this.workers = workers("worker-", settings.workers());
        this.channelWork = workers("channel-", settings.workers());
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("housekeeping").unstarted(r));
    }

    /** Binds the port (health says "starting"), loads the knowledge base, then reports ready. */
    public int start() throws IOException, InterruptedException {
        bind();
        loadAndServe();
        return port;
    }

    /**
     * First half of {@link #start()}: checks the directories, opens and migrates the database, puts the modules
     * together and listens; every request gets 503 until ready.
     */
    public int bind() throws IOException, InterruptedException {
        if (!Files.isDirectory(settings.knowledge())) {
            throw new IOException("知识库目录不存在：" + settings.knowledge().toAbsolutePath());
        }
        Files.createDirectories(settings.data());
        // sentence vectors are cached in the data directory by content: a restart or an edit encodes only what changed
        Semantics.use(settings.data().resolve("embeddings"));
        db = Database.open(settings.dbUrl(), settings.data(), MIGRATIONS);
        Router router = new Router();
        ConsoleModule console = assemble();
        Routes routes = new Routes(router, console.guard());
        modules.forEach(m -> m.routes(routes));
        Settings.Connections c = settings.connections();
        ServerLimits defaults = ServerLimits.defaults(console::uploadAllowed);
        ServerLimits limits = new ServerLimits(Math.min(c.max(), connectionsTheFileLimitAllows()), c.perAddress(),
                defaults.maxWebSocketsPerAddress(), c.idleTimeout(), c.headerTimeout(), defaults.bodyTimeout(),
                c.trustedProxies(), console::uploadAllowed);
        server = new HttpServer(settings.host(), settings.port(), router, workers, limits);
        port = server.start();
        log.info("listening on {}:{} ({} database)", settings.host(), port, db.kind().name().toLowerCase());
        return port;
    }

    /** The conversation core and the modules, in the order they start (and, reversed, stop). */
    private ConsoleModule assemble() {
        Metrics metrics = new Metrics(knowledge, db);
        StoredConversationLog stored = new StoredConversationLog(db, clock);
        MessageHistory history = new MessageHistory(db, stored::settle);
        metrics.historyWrittenBehind(stored::writtenBehind, stored::lostBehind);
        ConversationLog conversationLog = metrics.observe(stored);
        outbound = new Outbound(conversationLog);

        ConsoleModule console = new ConsoleModule(settings.adminToken(), db, clock);
        PeopleModule people = new PeopleModule(db, clock);
        KnowledgeModule kb = new KnowledgeModule(settings.knowledge(), knowledge, db, history, clock);
        // a question answered barely over the threshold is as worth an admin's look as one not answered
        org.redengine.knowledge.Answers answers = metrics.observe(knowledge::answer, settings.answerThreshold() + 0.08,
                kb.unanswered()::record);
        kb.answersFrom(answers);
        QuizModule quiz = new QuizModule(db, quizBanks, settings.pointsRules(), clock);
        ContestModule contest = new ContestModule(db, quiz, outbound, clock);
        contest.contests().observe(metrics::contestStarted, metrics::contestAnswerCounted);
        StudyModule study = new StudyModule(db, people, quiz, contest, knowledge, outbound, clock);
        study.checkIns().onRecorded(metrics::checkInRecorded);
        List<Module> features = List.of(console, people, kb, quiz, contest, study);

        CommandRegistry commands = new CommandRegistry().register(new HelpCommand());
        features.forEach(m -> m.commands(commands));
        List<Interceptor> interceptors = new ArrayList<>();
        features.forEach(m -> m.interceptors(interceptors));
        Conversation conversation = new Conversation(commands, answers, people.roles(), interceptors);

        modules.addAll(features);
        modules.add(new HistoryModule(history, settings.historyDays(), clock));
        modules.add(new WebModule(db, people, conversation, conversationLog, outbound, history, kb.feedback(), console,
                () -> ready, clock));
        modules.add(new WeChatModule(settings.wechat(), settings.wecom(), settings.wecomWebhook(), db, conversation,
                conversationLog, outbound, metrics::callbackRejected, clock, channelWork, () -> ready, metrics::officialAccountPush));
        org.redengine.channels.wecombot.WeComBotModule bot = new org.redengine.channels.wecombot.WeComBotModule(settings.wecomBot(),
                conversation, conversationLog, outbound, db, clock, channelWork, metrics::callbackRejected);
        modules.add(bot);
        if (bot.channel() != null) {
            var channel = bot.channel();
            metrics.gauge("redengine.wecom.bot.online", "1 while the WeCom robot's long connection is subscribed (callback mode: 1)",
                    () -> channel.online() ? 1 : 0);
            metrics.gauge("redengine.wecom.bot.queued", "the WeCom robot's pushes waiting to go out",
                    () -> (Number) channel.status().get("queued"));
        }
        modules.add(new OpsModule(metrics, knowledge, quizBanks, db, () -> ready, clock, startedAt,
                bot.channel() == null ? null : bot.channel()::status));
        return console;
    }

    /** Second half of {@link #start()}: loads the knowledge base and quiz banks, starts the timers, reports ready. */
    public void loadAndServe() throws IOException {
        knowledge.reload();
        quizBanks.reload();
        quizBanks.problems().forEach(p -> log.warn("quiz bank row left out: {}", p));
        if (settings.watchKnowledge()) {
            knowledge.watch();
            quizBanks.watch(2);
        }
        modules.forEach(m -> m.timers(this));
        ready = true;
        log.info("ready in {} ms", clock.millis() - startedAt.toEpochMilli());
    }

    /** A module's periodic work: only once ready; a failure is logged and the next run happens as planned. */
    @Override
    public void every(String name, Duration initialDelay, Duration period, Runnable task) {
        Runnable guarded = () -> {
            if (!ready) return;
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("{} failed", name, e);
            }
        };
        timerTasks.add(guarded);
        if (!manualTimers) {
            housekeeping.scheduleWithFixedDelay(guarded, initialDelay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Runs every timer once, now, on the calling thread: how a test with manual timers moves time-driven work on. */
    public void runTimers() {
        timerTasks.forEach(Runnable::run);
    }

    /**
     * Connections must leave file descriptors for the database, the index and the logs: at most the process's
     * descriptor limit less 256 (the launcher raises the soft limit to the hard one where it may).
     */
    private static int connectionsTheFileLimitAllows() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            long max = unix.getMaxFileDescriptorCount();
            if (max > 0) return (int) Math.max(64, Math.min(Integer.MAX_VALUE, max - 256));
        }
        return Integer.MAX_VALUE;
    }

    public int port() {
        return port;
    }

    /** Client connections open right now. */
    public int openConnections() {
        return server == null ? 0 : server.openConnections();
    }

    public KnowledgeService knowledge() {
        return knowledge;
    }

    public Database database() {
        return db;
    }

    /** The path for messages the bot sends on its own. */
    public Outbound outbound() {
        return outbound;
    }

    public void awaitClose() throws InterruptedException {
        server.awaitClose();
    }

    /**
     * Request work waits mostly on the database (a write waits for its group commit), so by default each request
     * gets a virtual thread: thousands can wait at once while CPU work still runs on one carrier per core. A fixed
     * number of platform threads can be asked for instead.
     */
    private static ExecutorService workers(String name, int threads) {
        if (threads <= 0) return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(name, 1).factory());
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> Thread.ofPlatform().daemon().name(name + n.incrementAndGet()).unstarted(r));
    }

    /** Stops in the reverse order of starting: no new requests, no timers, requests finish, modules close, the database last. */
    @Override
    public void close() {
        if (server != null) server.close();
        knowledge.close();
        quizBanks.close();
        housekeeping.shutdownNow();
        workers.shutdown();
        channelWork.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (int i = modules.size() - 1; i >= 0; i--) {
            try {
                modules.get(i).close();
            } catch (RuntimeException e) {
                log.warn("closing a module failed", e);
            }
        }
        if (db != null) db.close();
    }
}
