package org.redengine.app;

import org.redengine.admin.AdminAuth;
import org.redengine.admin.AdminSessions;
import org.redengine.admin.GroupSettingsApi;
import org.redengine.admin.KnowledgeApi;
import org.redengine.channels.web.RatingsApi;
import org.redengine.conversation.ConversationLog;
import org.redengine.knowledge.Answer;
import org.redengine.knowledge.edit.Feedback;
import org.redengine.knowledge.edit.KnowledgeCommands;
import org.redengine.knowledge.edit.KnowledgeEditor;
import org.redengine.knowledge.edit.KnowledgeSync;
import org.redengine.knowledge.edit.Ratings;
import org.redengine.knowledge.edit.Unanswered;
import org.redengine.ops.Metrics;
import org.redengine.storage.Leadership;
import java.util.function.Function;
import org.redengine.admin.PlanApi;
import org.redengine.admin.ReportsApi;
import org.redengine.admin.RolesApi;
import org.redengine.checkin.CheckInCommands;
import org.redengine.checkin.CheckIns;
import org.redengine.people.GroupZones;
import org.redengine.report.ReportCommand;
import org.redengine.report.Reports;
import org.redengine.study.Schedule;
import org.redengine.study.StudyCommands;
import org.redengine.study.StudyPlans;
import org.redengine.study.StudyScheduler;
import org.redengine.channels.wechat.GroupRobot;
import org.redengine.channels.wechat.ReplayGuard;
import org.redengine.channels.wechat.WeChatApi;
import org.redengine.channels.wechat.WeComApi;
import org.redengine.channels.wechat.WeComChannel;
import org.redengine.channels.wechat.WeChatChannel;
import org.redengine.channels.web.HistoryApi;
import org.redengine.channels.web.SessionApi;
import org.redengine.channels.web.WebCallers;
import org.redengine.channels.web.WebSessions;
import org.redengine.admin.InvitesApi;
import org.redengine.people.Invites;
import org.redengine.security.Throttle;
import org.redengine.server.ServerLimits;
import org.redengine.channels.web.LiveChat;
import org.redengine.channels.web.WebMessageApi;
import org.redengine.conversation.CommandRegistry;
import org.redengine.conversation.Conversation;
import org.redengine.conversation.HelpCommand;
import org.redengine.conversation.Outbound;
import org.redengine.history.MessageHistory;
import org.redengine.history.StoredConversationLog;
import org.redengine.knowledge.KnowledgeBase;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.knowledge.KnowledgeSnapshot;
import org.redengine.people.AppointOrganizerCommand;
import org.redengine.quiz.ContestCommands;
import org.redengine.quiz.Contests;
import org.redengine.quiz.PersonalQuiz;
import org.redengine.quiz.PointsLedger;
import org.redengine.quiz.QuizBanks;
import org.redengine.quiz.QuizCommands;
import org.redengine.people.PeopleStore;
import org.redengine.people.RoleStore;
import org.redengine.server.HttpServer;
import org.redengine.server.Request;
import org.redengine.server.Response;
import org.redengine.server.Router;
import org.redengine.storage.Database;
import org.redengine.web.StaticResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The whole server, wired together: storage, knowledge base, conversation core, channels and HTTP routes. */
public final class RedEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedEngine.class);

    private final Settings settings;
    private final Clock clock;
    private final KnowledgeService knowledge;
    private final QuizBanks quizBanks;
    private final ExecutorService workers;
    private Metrics metrics;
    private Leadership contestTimer;
    private Unanswered unanswered;
    private KnowledgeSync knowledgeSync;
    /** Answers platform callbacks while the request's worker waits for them (never the same pool: no starvation). */
    private final ExecutorService channelWork;
    private final ScheduledExecutorService housekeeping;
    private final Instant startedAt;
    private volatile boolean ready;
    private Database db;
    private HttpServer server;
    private Outbound outbound;
    private GroupRobot robot;
    private java.util.function.BiPredicate<String, String> uploadGate = (authorization, cookie) -> false;
    private int port;

    public RedEngine(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.knowledge = new KnowledgeService(settings.knowledge(), settings.answerThreshold());
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
     * First half of {@link #start()}: checks the directories, opens and migrates the database, and listens;
     * every request gets 503 until ready.
     */
    public int bind() throws IOException, InterruptedException {
        if (!Files.isDirectory(settings.knowledge())) {
            throw new IOException("知识库目录不存在：" + settings.knowledge().toAbsolutePath());
        }
        Files.createDirectories(settings.data());
        // sentence vectors are cached in the data directory by content: a restart or an edit encodes only what changed
        org.redengine.knowledge.semantic.Semantics.use(settings.data().resolve("embeddings"));
        db = Database.open(settings.dbUrl(), settings.data());
        Router router = routes(db);
        Settings.Connections c = settings.connections();
        ServerLimits limits = ServerLimits.defaults(uploadGate);
        limits = new ServerLimits(Math.min(c.max(), connectionsTheFileLimitAllows()), c.perAddress(),
                limits.maxWebSocketsPerAddress(), c.idleTimeout(), c.headerTimeout(), limits.bodyTimeout(),
                c.trustedProxies(), uploadGate);
        server = new HttpServer(settings.host(), settings.port(), router, workers, limits);
        port = server.start();
        log.info("listening on {}:{} ({} database)", settings.host(), port, db.kind().name().toLowerCase());
        return port;
    }

    private Router routes(Database db) {
        PeopleStore people = new PeopleStore(db);
        RoleStore roles = new RoleStore(db, clock);
        MessageHistory history = new MessageHistory(db);
        metrics = new Metrics(knowledge, db);
        ConversationLog conversationLog = metrics.observe(new StoredConversationLog(db, clock));
        outbound = new Outbound(conversationLog);
        unanswered = new Unanswered(db, clock);
        housekeeping.scheduleWithFixedDelay(unanswered::flush, 2, 2, TimeUnit.SECONDS);
        Ratings ratings = new Ratings(db, clock);
        Feedback feedback = new Feedback(history, ratings);
        KnowledgeEditor editor = new KnowledgeEditor(settings.knowledge(), knowledge, db, clock);
        if (db.kind() == Database.Kind.POSTGRESQL) {
            // several nodes may share this database: edits made on any of them reach this node's files and index
            knowledgeSync = new KnowledgeSync(settings.knowledge(), knowledge, db);
            knowledgeSync.catchUp();
            editor.syncWith(knowledgeSync);
        }
        // a question answered barely over the threshold is as worth an admin's look as one not answered
        Function<String, Answer> answers = metrics.observe(knowledge::answer, settings.answerThreshold() + 0.08, unanswered::record);
        PointsLedger ledger = new PointsLedger(db, java.time.ZoneId.of("Asia/Shanghai"), PointsLedger.parseRules(settings.pointsRules()));
        PersonalQuiz quiz = new PersonalQuiz(db, quizBanks, ledger, clock, new java.security.SecureRandom());
        Contests contests = new Contests(db, quizBanks, ledger, outbound, clock, new java.security.SecureRandom());
        contestTimer = new Leadership(db, "contest timer");
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                // with several nodes, one drives every contest's timer; another takes over within a tick if it dies
                if (ready && contestTimer.lead()) contests.tick();
            } catch (RuntimeException e) {
                log.warn("contest timer failed", e);
            }
        }, 250, 250, TimeUnit.MILLISECONDS);
        GroupZones zones = new GroupZones(db);
        CheckIns checkIns = new CheckIns(db, zones, ledger, clock);
        checkIns.onRecorded(metrics::checkInRecorded);
        contests.observe(metrics::contestStarted, metrics::contestAnswerCounted);
        StudyPlans plans = new StudyPlans(db);
        Reports reports = new Reports(db, zones);
        StudyScheduler scheduler = new StudyScheduler(plans, zones, checkIns, knowledge::answer, quizBanks, outbound, clock);
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                if (ready) scheduler.tick();
            } catch (RuntimeException e) {
                log.warn("study schedules failed", e);
            }
        }, 5, 15, TimeUnit.SECONDS);
        CommandRegistry commands = new CommandRegistry()
                .register(new HelpCommand())
                .register(QuizCommands.start(quiz, PersonalQuiz.Kind.QUIZ))
                .register(QuizCommands.start(quiz, PersonalQuiz.Kind.REVIEW))
                .register(QuizCommands.start(quiz, PersonalQuiz.Kind.CHALLENGE))
                .register(QuizCommands.stop(quiz))
                .register(QuizCommands.points(ledger, clock))
                .register(QuizCommands.ranking(ledger, clock))
                .register(ContestCommands.start(contests))
                .register(ContestCommands.stop(contests))
                .register(ContestCommands.result(contests))
                .register(CheckInCommands.checkIn(checkIns))
                .register(CheckInCommands.mine(checkIns))
                .register(CheckInCommands.stats(checkIns))
                .register(StudyCommands.plan(plans, checkIns, clock))
                .register(StudyCommands.schedule(plans, Schedule.Kind.STUDY, clock))
                .register(StudyCommands.schedule(plans, Schedule.Kind.REMINDER, clock))
                .register(ReportCommand.create(reports, checkIns))
                .register(KnowledgeCommands.addFaq(editor, knowledge::answer))
                .register(KnowledgeCommands.rate(feedback, true))
                .register(KnowledgeCommands.rate(feedback, false))
                .register(new AppointOrganizerCommand(true, people, roles))
                .register(new AppointOrganizerCommand(false, people, roles));
        Conversation conversation = new Conversation(commands, answers, roles,
                List.of((message, text, role) -> message.isGroup() ? contests.answer(message) : quiz.answer(message)));
        AdminAuth admin = new AdminAuth(settings.adminToken());
        AdminSessions sessions = new AdminSessions(admin, db, clock);
        uploadGate = admin::uploadAllowed;
        WebCallers callers = new WebCallers(new WebSessions(db, clock), admin::isToken, sessions::validCookie);
        Invites invites = new Invites(db, roles, clock);
        SessionApi sessionApi = new SessionApi(callers, invites, new Throttle(clock));
        WebMessageApi web = new WebMessageApi(conversation, conversationLog, outbound, callers, () -> ready, clock);
        HistoryApi historyApi = new HistoryApi(history, callers, people, clock);
        RolesApi rolesApi = new RolesApi(roles, people);
        InvitesApi invitesApi = new InvitesApi(invites);
        ReportsApi reportsApi = new ReportsApi(reports);
        PlanApi planApi = new PlanApi(plans, clock);
        GroupSettingsApi groupSettings = new GroupSettingsApi(zones, clock);
        KnowledgeApi kb = new KnowledgeApi(knowledge, editor, unanswered, ratings);
        RatingsApi ratingsApi = new RatingsApi(feedback, callers);
        StaticResources pages = new StaticResources();
        LiveChat live = new LiveChat(history, callers, people, clock);
        outbound.register("web", live);
        if (settings.historyDays() > 0) {
            housekeeping.scheduleAtFixedRate(() -> deleteOldHistory(history), 1, 60, TimeUnit.MINUTES);
        }
        Router router = new Router();
        if (settings.wechat().enabled()) {
            WeChatChannel wechat = new WeChatChannel(settings.wechat(), conversation, conversationLog,
                    new WeChatApi(settings.wechat(), clock), clock, channelWork, () -> ready);
            ReplayGuard replays = new ReplayGuard(db, clock, settings.wechat().replayWindow());
            housekeeping.scheduleWithFixedDelay(() -> prune(replays), 10, 60, TimeUnit.MINUTES);
            wechat.guard(replays, metrics::callbackRejected);
            outbound.register(WeChatChannel.CHANNEL, wechat);
            router.get("/wechat", wechat::verify).post("/wechat", wechat::receive);
            log.info("wechat official account channel on /wechat ({} mode)", settings.wechat().aesKey() == null ? "plaintext" : "safe");
        }
        if (settings.wecom().enabled()) {
            robot = settings.wecomWebhook() == null || settings.wecomWebhook().isBlank() ? null
                    : new GroupRobot(settings.wecomWebhook(), 20);
            WeComChannel wecom = new WeComChannel(settings.wecom(), conversation, conversationLog,
                    new WeComApi(settings.wecom(), clock), robot, clock, channelWork, () -> ready);
            ReplayGuard replays = new ReplayGuard(db, clock, settings.wecom().replayWindow());
            housekeeping.scheduleWithFixedDelay(() -> prune(replays), 10, 60, TimeUnit.MINUTES);
            wecom.guard(replays, metrics::callbackRejected);
            outbound.register(WeComChannel.CHANNEL, wecom);
            router.get("/wecom", wecom::verify).post("/wecom", wecom::receive);
            log.info("wecom application channel on /wecom{}", robot == null ? "" : " (group robot for group messages)");
        }
        return router
                .websocket(live)
                .getInline("/healthz", this::health)
                .post("/api/messages", web::post)
                .get("/api/messages", historyApi::get)
                .post("/api/session", sessionApi::open)
                .post("/api/session/redeem", sessionApi::redeem)
                .post("/api/admin/invites", admin.protect(invitesApi::create))
                .post("/api/admin/roles", admin.protect(rolesApi::grant))
                .delete("/api/admin/roles", admin.protect(rolesApi::revoke))
                .get("/api/admin/groups", admin.protect(rolesApi::groups))
                .get("/api/admin/reports", admin.protect(reportsApi::json))
                .get("/api/admin/reports/export", admin.protect(reportsApi::export))
                .get("/api/admin/plan", admin.protect(planApi::get))
                .post("/api/admin/plan", admin.protectUpload(planApi::upload))
                .post("/api/admin/group-zone", admin.protect(groupSettings::setZone))
                .get("/api/admin/knowledge/entries", admin.protect(kb::entries))
                .post("/api/admin/knowledge/faq", admin.protect(kb::faq))
                .add("PUT", "/api/admin/knowledge/faq", admin.protect(kb::faq), false)
                .delete("/api/admin/knowledge/faq", admin.protect(kb::faq))
                .get("/api/admin/knowledge/file", admin.protect(kb::file))
                .add("PUT", "/api/admin/knowledge/file", admin.protectUpload(kb::file), false)
                .delete("/api/admin/knowledge/file", admin.protect(kb::file))
                .post("/api/admin/knowledge/upload", admin.protectUpload(kb::upload))
                .get("/api/admin/knowledge/versions", admin.protect(kb::versions))
                .post("/api/admin/knowledge/rollback", admin.protect(kb::rollback))
                .get("/api/admin/knowledge/unanswered", admin.protect(kb::unanswered))
                .post("/api/admin/knowledge/unanswered/resolve", admin.protect(kb::resolve))
                .get("/api/admin/knowledge/explain", admin.protect(kb::explain))
                .post("/api/ratings", ratingsApi::rate)
                .getInline("/metrics", metrics::scrape)
                .post("/admin/login", sessions::login)
                .post("/admin/logout", sessions::logout)
                .get("/admin/session", sessions::current)
                .get("/admin", pages::admin)
                .get("/", pages::index)
                .get("/index.html", pages::index)
                .get("/static/*", pages::file);
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

    private static void prune(ReplayGuard replays) {
        try {
            replays.prune();
        } catch (RuntimeException e) {
            log.warn("pruning seen callback nonces failed", e);
        }
    }

    private void deleteOldHistory(MessageHistory history) {
        try {
            long cutoff = clock.instant().minus(Duration.ofDays(settings.historyDays())).toEpochMilli();
            int deleted = history.deleteBefore(cutoff);
            if (deleted > 0) log.info("retention: deleted {} bot messages older than {} days", deleted, settings.historyDays());
        } catch (RuntimeException e) {
            log.warn("retention run failed", e);
        }
    }

    /** Second half of {@link #start()}: loads the knowledge base, starts watching it, and reports ready. */
    public void loadAndServe() throws IOException {
        knowledge.reload();
        quizBanks.reload();
        quizBanks.problems().forEach(p -> log.warn("quiz bank row left out: {}", p));
        if (settings.watchKnowledge()) {
            knowledge.watch();
            quizBanks.watch(2);
        }
        if (knowledgeSync != null) knowledgeSync.start();
        ready = true;
        log.info("ready in {} ms", clock.millis() - startedAt.toEpochMilli());
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
        Map<String, Object> q = new LinkedHashMap<>();
        quizBanks.banks().forEach((name, bank) -> q.put(name, bank.questions().size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("knowledge", k);
        body.put("quizBanks", q);
        body.put("database", db.kind().name().toLowerCase());
        body.put("uptimeSeconds", (clock.millis() - startedAt.toEpochMilli()) / 1000);
        return Response.json(200, body);
    }

    @Override
    public void close() {
        if (server != null) server.close();
        knowledge.close();
        quizBanks.close();
        housekeeping.shutdownNow();
        if (contestTimer != null) contestTimer.close();
        if (knowledgeSync != null) knowledgeSync.close();
        if (robot != null) robot.close();
        workers.shutdown();
        channelWork.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (unanswered != null) unanswered.flush(); // queued before the database closes, which drains its queue
        if (db != null) db.close();
    }
}
