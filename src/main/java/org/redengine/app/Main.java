package org.redengine.app;

import org.redengine.channels.wechat.WeChatConfig;
import org.redengine.knowledge.Answer;
import org.redengine.knowledge.AnswerModel;
import org.redengine.knowledge.KnowledgeBase;
import org.redengine.knowledge.KnowledgeEntry;
import org.redengine.knowledge.KnowledgeLoader;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.knowledge.KnowledgeSnapshot;
import org.redengine.knowledge.LoadProblem;
import org.redengine.knowledge.eval.Distractors;
import org.redengine.knowledge.eval.EvalQuestion;
import org.redengine.knowledge.eval.Evaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** The command line: {@code serve} (default), {@code ask}, {@code eval}. */
@Command(name = "redengine", mixinStandardHelpOptions = true, version = "红色引擎学习助手 0.1.0", resourceBundle = "cli",
        description = "红色引擎学习助手：党史学习群的问答与答题机器人。",
        subcommands = {Main.Serve.class, Main.Ask.class, Main.Eval.class, BackupCommands.Backup.class,
                BackupCommands.Restore.class, ImportQuizCommand.class, Main.FitAnswerModel.class, HeldOutCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        // java.util.logging (Lucene, ONNX Runtime) through SLF4J: one configuration, no stray INFO lines per command
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        System.setOut(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8));
        CommandLine cli = commandLine();
        if (args.length > 0 && !args[0].equals("serve") && System.getenv("REDENGINE_LOG_LEVEL") == null) {
            // one-off commands (ask, eval, import-quiz …) print their results; the server's progress lines are noise
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
        }
        if (args.length == 0 || args[0].startsWith("--") && !args[0].equals("--help") && !args[0].equals("--version")
                && !args[0].equals("-h") && !args[0].equals("-V")) {
            // `redengine --port 9000` means `redengine serve --port 9000`
            String[] withServe = new String[args.length + 1];
            withServe[0] = "serve";
            System.arraycopy(args, 0, withServe, 1, args.length);
            args = withServe;
        }
        System.exit(cli.execute(args));
    }

    /** The command line, with failures explained in a sentence instead of a stack trace. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(explain(e));
            return 2;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            String what;
            if (e instanceof CommandLine.MissingParameterException m) {
                what = "缺少必需的参数：" + m.getMissing().stream().map(a -> a instanceof CommandLine.Model.OptionSpec o
                        ? o.longestName() : a.paramLabel()).collect(java.util.stream.Collectors.joining("、"));
            } else if (e instanceof CommandLine.UnmatchedArgumentException u) {
                what = "不认识的参数：" + String.join(" ", u.getUnmatched());
            } else {
                what = "参数不正确：" + e.getMessage();
            }
            cmd.getErr().println(what);
            cmd.getErr().println("用 " + cmd.getCommandSpec().qualifiedName() + " --help 查看用法。");
            return 2;
        });
        return cli;
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    /** What went wrong, for the admin at the command line: a clear sentence in Chinese, never a stack trace. */
    static String explain(Exception e) {
        if (e instanceof org.redengine.storage.StartupException s) return "无法启动：" + s.getMessage();
        if (e instanceof java.net.BindException) {
            return "无法启动：端口已被占用（" + e.getMessage() + "）。请用 --port 换一个端口，或先停止占用它的程序。";
        }
        if (e instanceof java.nio.file.NoSuchFileException f) return "找不到文件：" + f.getFile();
        if (e instanceof java.nio.file.AccessDeniedException f) return "没有权限读写：" + f.getFile();
        if (e instanceof IllegalArgumentException || e instanceof java.io.IOException) return "出错了：" + e.getMessage();
        return "出错了：" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : "：" + e.getMessage())
                + "\n（设置 REDENGINE_LOG_LEVEL=DEBUG 可以看到更多信息）";
    }

    /** Options shared by the commands that read a knowledge base. */
    static class KnowledgeOptions {
        @Option(names = "--knowledge", paramLabel = "DIR", description = "知识库目录（默认：数据目录下的 knowledge，首次启动时从内置知识库复制；环境变量 REDENGINE_KNOWLEDGE）")
        String knowledge;

        @Option(names = "--answer-threshold", paramLabel = "X", description = "回答所需的最低置信度 0–1（默认：回答模型拟合时选定的阈值）")
        String threshold;

        @Option(names = "--config", paramLabel = "FILE", description = "YAML 配置文件")
        Path config;

        @Option(names = "--data", paramLabel = "DIR", description = "数据目录（默认 data）：句向量缓存在它的 embeddings/ 下")
        String data;

        Settings.Sources sources() throws java.io.IOException {
            Settings.Sources s = new Settings.Sources(System.getenv(), config);
            // sentence vectors are cached by content, so a second run encodes only what changed
            org.redengine.knowledge.semantic.Semantics.use(dataDir(s).resolve("embeddings"));
            return s;
        }

        /** The knowledge base the tools read: the one named, else the server's live copy (or the bundled one before any). */
        Path knowledgeDir(Settings.Sources s) {
            String named = s.get("knowledge", knowledge, null);
            return named != null ? Path.of(named) : LiveContent.forReading(dataDir(s), "knowledge");
        }

        Path dataDir(Settings.Sources s) {
            return Path.of(s.get("data", data, Serve.DEFAULTS.get("data")));
        }

        double threshold(Settings.Sources s) {
            return Settings.parseThreshold(s.get("answer-threshold", threshold, String.valueOf(Settings.DEFAULT_THRESHOLD)));
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, description = "启动服务（默认命令）。")
    static final class Serve implements Callable<Integer> {
        /**
         * The defaults of the options that have a plain one, by option name: what {@link #call()} uses and what the
         * README's option tables must say (ReadmeContractTest checks both against this map).
         */
        static final Map<String, String> DEFAULTS = Map.ofEntries(
                Map.entry("host", "0.0.0.0"), Map.entry("port", "8080"), Map.entry("data", "data"),
                Map.entry("workers", "0"), Map.entry("history-days", "365"),
                Map.entry("wechat-api-base", "https://api.weixin.qq.com"), Map.entry("wechat-replay-window", "300"),
                Map.entry("wecom-api-base", "https://qyapi.weixin.qq.com"),
                Map.entry("wecom-bot-url", org.redengine.channels.wecombot.WeComBotConfig.DEFAULT_URL),
                Map.entry("max-connections", String.valueOf(Settings.Connections.DEFAULT.max())),
                Map.entry("max-connections-per-address", String.valueOf(Settings.Connections.DEFAULT.perAddress())),
                Map.entry("idle-timeout", "60"));

        @CommandLine.Mixin
        KnowledgeOptions k = new KnowledgeOptions();

        @Option(names = "--host", description = "监听地址（默认 0.0.0.0）")
        String host;
        @Option(names = "--port", description = "端口（默认 8080）")
        String port;
        @Option(names = "--quizzes", paramLabel = "DIR", description = "题库目录（默认：数据目录下的 quizzes，首次启动时从内置题库复制）")
        String quizzes;
        @Option(names = "--workers", description = "处理请求的平台线程数（默认 0：每个请求一个虚拟线程）")
        String workers;
        @Option(names = "--no-watch", description = "不监视知识库目录的变化")
        boolean noWatch;
        @Option(names = "--db-url", paramLabel = "URL", description = "PostgreSQL 数据库（jdbc:postgresql://…）；不设则使用数据目录里的 SQLite")
        String dbUrl;
        @Option(names = "--admin-token", paramLabel = "TOKEN", description = "管理接口的令牌（Authorization: Bearer …）；不设则关闭管理接口")
        String adminToken;
        @Option(names = "--history-days", paramLabel = "N", description = "机器人消息记录保留天数（默认 365，0 表示永久保留）")
        String historyDays;
        @Option(names = "--wechat-token", paramLabel = "TOKEN", description = "公众号服务器配置的 Token；不设则关闭 /wechat")
        String wechatToken;
        @Option(names = "--wechat-aes-key", paramLabel = "KEY", description = "公众号 EncodingAESKey（安全模式）")
        String wechatAesKey;
        @Option(names = "--wechat-appid", paramLabel = "APPID", description = "公众号 AppID")
        String wechatAppId;
        @Option(names = "--wechat-secret", paramLabel = "SECRET", description = "公众号 AppSecret（客服消息接口用）")
        String wechatSecret;
        @Option(names = "--wechat-api-base", paramLabel = "URL", description = "微信接口地址（默认 https://api.weixin.qq.com）")
        String wechatApiBase;
        @Option(names = "--wechat-replay-window", paramLabel = "SECONDS", description = "回调时间戳允许的偏差秒数（默认 300）")
        String wechatReplayWindow;
        @Option(names = "--wecom-token", paramLabel = "TOKEN", description = "企业微信应用回调的 Token；不设则关闭 /wecom")
        String wecomToken;
        @Option(names = "--wecom-aes-key", paramLabel = "KEY", description = "企业微信 EncodingAESKey")
        String wecomAesKey;
        @Option(names = "--wecom-corpid", paramLabel = "CORPID", description = "企业 ID（corpid）")
        String wecomCorpId;
        @Option(names = "--wecom-secret", paramLabel = "SECRET", description = "企业微信应用 Secret")
        String wecomSecret;
        @Option(names = "--wecom-agent-id", paramLabel = "ID", description = "企业微信应用 AgentId")
        String wecomAgentId;
        @Option(names = "--wecom-api-base", paramLabel = "URL", description = "企业微信接口地址（默认 https://qyapi.weixin.qq.com）")
        String wecomApiBase;
        @Option(names = "--wecom-webhook", paramLabel = "GROUP=URL", description = "各群的群机器人 Webhook，格式 渠道:群ID=地址，多个用逗号分隔；机器人主动发到该群的消息（竞赛题、提醒等）也推送到这里")
        String wecomWebhook;
        @Option(names = "--wecom-bot-id", paramLabel = "ID", description = "企业微信智能机器人的 Bot ID；与 Secret 都设置时通过长连接接入群聊")
        String wecomBotId;
        @Option(names = "--wecom-bot-secret", paramLabel = "SECRET", description = "企业微信智能机器人的 Secret")
        String wecomBotSecret;
        @Option(names = "--wecom-bot-url", paramLabel = "URL", description = "智能机器人长连接地址（默认 wss://openws.work.weixin.qq.com）")
        String wecomBotUrl;
        @Option(names = "--wecom-bot-token", paramLabel = "TOKEN", description = "智能机器人回调模式的 Token（与 EncodingAESKey 一起设置时，在 /wecom/bot 接收回调；不能与长连接同时使用）")
        String wecomBotToken;
        @Option(names = "--wecom-bot-aes-key", paramLabel = "KEY", description = "智能机器人回调模式的 EncodingAESKey")
        String wecomBotAesKey;
        @Option(names = "--max-connections", paramLabel = "N", description = "同时打开的连接数上限（默认 10000；启动脚本会按文件句柄上限调低）")
        String maxConnections;
        @Option(names = "--max-connections-per-address", paramLabel = "N", description = "同一地址同时打开的连接数上限（默认 256；受信任的反向代理不受此限）")
        String maxConnectionsPerAddress;
        @Option(names = "--idle-timeout", paramLabel = "SECONDS", description = "空闲连接保持的秒数（默认 60）")
        String idleTimeout;
        @Option(names = "--trusted-proxies", paramLabel = "IPS", description = "受信任的反向代理地址，逗号分隔（如 127.0.0.1）；来自它们的请求按 X-Forwarded-For 识别客户端")
        String trustedProxies;
        @Option(names = "--points-rules", paramLabel = "RULES", description = "积分规则：活动=每题积分/每日上限，逗号分隔（默认 quiz=10/50,challenge=5/50,review=2/20,contest=10/100,checkin=5/5）")
        String pointsRules;

        @Override
        public Integer call() throws Exception {
            Settings.Sources s = k.sources();
            Path data = k.dataDir(s);
            Settings settings = new Settings(
                    s.get("host", host, DEFAULTS.get("host")),
                    Settings.parsePort(s.get("port", port, DEFAULTS.get("port"))),
                    data,
                    liveFolder(s.get("knowledge", k.knowledge, null), data, "knowledge", "知识库"),
                    liveFolder(s.get("quizzes", quizzes, null), data, "quizzes", "题库"),
                    k.threshold(s),
                    Integer.parseInt(s.get("workers", workers, DEFAULTS.get("workers"))),
                    !noWatch && !Boolean.parseBoolean(s.get("no-watch", null, "false")),
                    s.get("db-url", dbUrl, null),
                    s.get("admin-token", adminToken, null),
                    Settings.parseDays(s.get("history-days", historyDays, DEFAULTS.get("history-days"))),
                    new WeChatConfig(s.get("wechat-token", wechatToken, null), s.get("wechat-aes-key", wechatAesKey, null),
                            s.get("wechat-appid", wechatAppId, null), s.get("wechat-secret", wechatSecret, null),
                            s.get("wechat-api-base", wechatApiBase, DEFAULTS.get("wechat-api-base")),
                            java.time.Duration.ofSeconds(Settings.parseDays(s.get("wechat-replay-window", wechatReplayWindow, DEFAULTS.get("wechat-replay-window")))),
                            null, java.time.Duration.ofMillis(4000)),
                    new WeChatConfig(s.get("wecom-token", wecomToken, null), s.get("wecom-aes-key", wecomAesKey, null),
                            s.get("wecom-corpid", wecomCorpId, null), s.get("wecom-secret", wecomSecret, null),
                            s.get("wecom-api-base", wecomApiBase, DEFAULTS.get("wecom-api-base")),
                            java.time.Duration.ofSeconds(Settings.parseDays(s.get("wechat-replay-window", wechatReplayWindow, DEFAULTS.get("wechat-replay-window")))),
                            s.get("wecom-agent-id", wecomAgentId, null), java.time.Duration.ofMillis(4000)),
                    s.get("wecom-webhook", wecomWebhook, null),
                    s.get("points-rules", pointsRules, null),
                    new Settings.Connections(
                            Settings.parsePositive("max-connections", s.get("max-connections", maxConnections, DEFAULTS.get("max-connections"))),
                            Settings.parsePositive("max-connections-per-address", s.get("max-connections-per-address", maxConnectionsPerAddress, DEFAULTS.get("max-connections-per-address"))),
                            Settings.parseAddresses(s.get("trusted-proxies", trustedProxies, "")),
                            java.time.Duration.ofSeconds(Settings.parsePositive("idle-timeout", s.get("idle-timeout", idleTimeout, DEFAULTS.get("idle-timeout")))),
                            Settings.Connections.DEFAULT.headerTimeout()),
                    wecomBot(s));
            org.redengine.quiz.PointsLedger.parseRules(settings.pointsRules()); // bad rules stop start-up with a clear message
            RedEngine engine = new RedEngine(settings, Clock.systemDefaultZone());
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
            int port = engine.start();
            System.out.println("红色引擎学习助手已启动： http://" + displayHost(settings.host()) + ":" + port + "/");
            engine.awaitClose();
            return 0;
        }

        private org.redengine.channels.wecombot.WeComBotConfig wecomBot(Settings.Sources s) {
            String url = s.get("wecom-bot-url", wecomBotUrl, DEFAULTS.get("wecom-bot-url"));
            java.net.URI uri;
            try {
                uri = java.net.URI.create(url.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("智能机器人长连接地址不是合法的网址：" + url);
            }
            return new org.redengine.channels.wecombot.WeComBotConfig(s.get("wecom-bot-id", wecomBotId, null),
                    s.get("wecom-bot-secret", wecomBotSecret, null), uri, org.redengine.channels.wecombot.WeComBotConfig.HEARTBEAT,
                    org.redengine.channels.wecombot.WeComBotConfig.PUSH_PACE, s.get("wecom-bot-token", wecomBotToken, null),
                    s.get("wecom-bot-aes-key", wecomBotAesKey, null));
        }

        /** The folder named on the command line, else the live copy under the data directory, brought up to date. */
        private static Path liveFolder(String named, Path data, String name, String chinese) throws java.io.IOException {
            if (named != null) return Path.of(named);
            LiveContent.Sync sync = LiveContent.sync(data, name);
            System.out.println(describe(sync, chinese));
            return sync.live();
        }

        static String describe(LiveContent.Sync sync, String chinese) {
            StringBuilder sb = new StringBuilder(chinese + "：" + sync.live());
            if (!sync.added().isEmpty()) sb.append("，从内置内容新增 ").append(sync.added().size()).append(" 个文件");
            if (!sync.updated().isEmpty()) sb.append("，更新了 ").append(sync.updated().size()).append(" 个未改动过的文件");
            if (!sync.keptEdited().isEmpty()) {
                sb.append("；内置内容有新版本，但保留了管理员修改过的 ").append(String.join("、", sync.keptEdited()));
            }
            return sb.toString();
        }

        private static String displayHost(String host) {
            return host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        }
    }

    @Command(name = "ask", mixinStandardHelpOptions = true, description = "用知识库回答一个问题，显示答案、出处和候选（供管理员检查知识库）。")
    static final class Ask implements Callable<Integer> {
        @CommandLine.Mixin
        KnowledgeOptions k = new KnowledgeOptions();

        @Parameters(arity = "1..*", paramLabel = "问题")
        List<String> question;

        @Override
        public Integer call() throws Exception {
            Settings.Sources s = k.sources();
            try (KnowledgeSnapshot snap = KnowledgeService.build(k.knowledgeDir(s), k.threshold(s), 1)) {
                return print(snap);
            }
        }

        private int print(KnowledgeSnapshot snap) {
            printProblems(snap.base(), System.err);
            // read as the chat reads it: a member's message pasted whole keeps its @-mention of the bot
            String asked = org.redengine.conversation.Conversation.withoutMention(String.join(" ", question));
            if (asked.isBlank()) {
                System.err.println("只有 @ 机器人，没有问题：请把要试的问题写在后面。");
                return 2;
            }
            Answer a = snap.answerer().compute(asked);
            PrintStream o = System.out;
            o.println("问题要点：" + String.join("、", a.explanation().terms()) + "（规范化：" + a.explanation().question() + "）");
            if (a.confident()) {
                o.println("回答：" + a.textWithSourceNote());
                o.printf("置信度：%.2f%n", a.confidence());
                for (Answer.Citation c : a.citations()) {
                    o.println("出处：" + c.source() + " ——《" + c.title() + "》（" + c.file() + "）");
                }
            } else {
                o.printf("没有把握回答（置信度 %.2f，阈值 %.2f）。%n", a.confidence(), snap.answerer().threshold());
                if (!a.explanation().bestText().isEmpty()) o.println("最接近的答案：" + a.explanation().bestText());
                if (!a.suggestions().isEmpty()) o.println("相近的问题：" + String.join(" / ", a.suggestions()));
            }
            o.println("问的是：" + kindName(a.explanation().kind()) + (a.explanation().anchors().isEmpty() ? ""
                    : "；须一致的锚点：" + String.join("、", a.explanation().anchors()))
                    + "；" + routeName(a.explanation().route()));
            o.println("候选：");
            int i = 1;
            // the cosine is only worked out when the sentence model was consulted
            boolean encoded = a.explanation().semantic();
            for (Answer.Candidate c : a.candidates()) {
                o.printf("  %d. 得分 %.3f（覆盖 %.2f，问题匹配 %.2f，BM25 %.2f，语义相似 %s%s%s%s%s%s%s%s）%s — %s%n", i++, c.score(),
                        c.coverage(), c.questionMatch(), c.bm25(), encoded ? String.format("%.2f", c.cosine()) : "未算",
                        c.kindMatch() ? "，含所问事实" : "",
                        c.anchors() > 0 ? "，锚点一致" : c.anchors() < 0 ? "，锚点不符" : "", c.phaseConflict() ? "，事件阶段不符" : "", c.unstated() ? "，未提及是非问所问之事" : "",
                        c.detailMissing() ? "，未说到所问的细节或地名" : "",
                        c.rowAsksOther() ? "，这条问答原本问的是另一类事实" : "",
                        c.vetoed() ? "，已排除" : "", c.title(), c.excerpt());
            }
            return a.confident() ? 0 : 3;
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true, description = "在评测集上测量回答质量，并与普通 BM25 基线对比。")
    static final class Eval implements Callable<Integer> {
        @CommandLine.Mixin
        KnowledgeOptions k = new KnowledgeOptions();

        @Option(names = "--questions", required = true, paramLabel = "FILE", description = "评测题（JSON Lines：{\"q\":…,\"any\":[…]}）")
        Path questions;

        @Option(names = "--distractors", paramLabel = "FILE", description = "额外导入的干扰问答（学习强国挑战答题题库 JSON）")
        Path distractors;

        @Option(names = {"-v", "--verbose"}, description = "列出未通过的题目")
        boolean verbose;

        @Option(names = "--features", paramLabel = "FILE", description = "把每道题最佳候选的各项得分写入 TSV 文件（用于调参）")
        Path features;

        @Override
        public Integer call() throws Exception {
            Settings.Sources s = k.sources();
            long start = System.nanoTime();
            KnowledgeBase kb = KnowledgeLoader.load(k.knowledgeDir(s));
            printProblems(kb, System.err);
            if (distractors != null) {
                List<KnowledgeEntry> all = new ArrayList<>(kb.entries());
                List<KnowledgeEntry> extra = Distractors.fromChallengeBank(distractors);
                all.addAll(extra);
                kb = new KnowledgeBase(all, kb.synonyms(), kb.problems(), kb.files() + 1, kb.articles(), kb.faqs() + extra.size());
                System.out.println("已加入干扰问答 " + extra.size() + " 条");
            }
            try (KnowledgeSnapshot snap = KnowledgeService.build(kb, k.threshold(s), 1, start)) {
                return run(snap, kb);
            }
        }

        private int run(KnowledgeSnapshot snap, KnowledgeBase kb) throws java.io.IOException {
            System.out.printf("知识库：%d 个文件，%d 篇文章（%d 个段落单元），%d 条问答；建索引 %d ms%n",
                    kb.files(), kb.articles(), kb.passages(), kb.faqs(), snap.buildMillis());
            Evaluation.Report r = Evaluation.run(snap.answerer(), kb, EvalQuestion.read(questions));
            Evaluation.print(r, System.out, verbose);
            if (features != null) {
                java.nio.file.Files.write(features, r.features(), StandardCharsets.UTF_8);
            }
            return 0;
        }
    }

    static String routeName(String route) {
        return switch (route) {
            case "exact" -> "与问答的问题完全一致，未用语义模型";
            case "lexical" -> "词面信号已足够确定，未用语义模型";
            case "semantic" -> "已用语义模型";
            default -> "未用语义模型";
        };
    }

    static String kindName(String kind) {
        return switch (kind) {
            case "when" -> "时间";
            case "where" -> "地点";
            case "who" -> "人物";
            case "count" -> "数量";
            case "meeting" -> "哪次会议";
            case "list" -> "内容（包括哪些、怎么表述等）";
            default -> "其他（是什么、为什么等）";
        };
    }

    @Command(name = "fit-answer-model", mixinStandardHelpOptions = true,
            description = "在调参题上重新拟合回答模型（排序与是否回答），写出权重文件。")
    static final class FitAnswerModel implements Callable<Integer> {
        @Option(names = "--set", required = true, paramLabel = "知识库目录=题目文件",
                description = "一组调参数据：知识库目录和它的题目（JSON Lines），可给多组")
        List<String> sets;

        @Option(names = "--distractors", paramLabel = "FILE", description = "每组都加入的干扰问答（学习强国挑战答题题库 JSON）")
        Path distractors;

        @Option(names = "--calibrate", paramLabel = "N", description = "只用第 N 组（从 1 数）校准“是否回答”与阈值（默认全部）；排序模型总是用全部")
        Integer calibrate;

        @Option(names = "--max-wrong", description = "答错（占全部题目）的上限，默认 0.01")
        double maxWrong = 0.01;

        @Option(names = "--max-out-of-scope", description = "范围外题目被回答的上限，默认 0.015")
        double maxOutOfScope = 0.015;

        @Option(names = "--max-shortcut-harm", description = "只凭词面、不用语义模型就回答（捷径）时，调参题里因此变差（完整模型答对或拒答、捷径却答错）的题目比例上限，默认 0；负数表示不走捷径")
        double maxShortcutHarm = 0;

        @Option(names = "--out", paramLabel = "FILE", description = "写到这个文件（默认 src/main/resources/knowledge/answer-model.json）")
        Path out = Path.of("src/main/resources/knowledge/answer-model.json");

        @Option(names = "--data", paramLabel = "DIR", description = "数据目录（默认 data）：句向量缓存在它的 embeddings/ 下")
        Path data = Path.of("data");

        @Override
        public Integer call() throws Exception {
            org.redengine.knowledge.semantic.Semantics.use(data.resolve("embeddings"));
            List<org.redengine.knowledge.eval.ModelFit.Question> all = new ArrayList<>();
            List<org.redengine.knowledge.eval.ModelFit.Question> lexical = new ArrayList<>();
            List<KnowledgeEntry> extra = distractors == null ? List.of() : Distractors.fromChallengeBank(distractors);
            StringBuilder what = new StringBuilder();
            for (String set : sets) {
                boolean calibrateOn = calibrate == null || calibrate == sets.indexOf(set) + 1;
                int asked = withTuningSet(set, extra, (snap, qs) -> {
                    org.redengine.knowledge.eval.ModelFit.collect(snap.answerer(), qs).forEach(q -> all.add(q.withCalibrate(calibrateOn)));
                    org.redengine.knowledge.eval.ModelFit.collectLexical(snap.answerer(), qs).forEach(q -> lexical.add(q.withCalibrate(calibrateOn)));
                    return qs.size();
                });
                String file = set.substring(set.indexOf('=') + 1);
                what.append(what.isEmpty() ? "" : " + ").append(Path.of(file).getFileName()).append(" (").append(asked).append(")");
                System.out.println("已收集 " + file + "：" + asked + " 题");
            }
            String description = "fitted on " + what + (distractors == null ? "" : ", with the " + extra.size() + " distractor rows")
                    + (calibrate == null ? "" : "; gate calibrated on set " + calibrate)
                    + "; max wrong " + maxWrong + ", max out-of-scope answered " + maxOutOfScope;
            var r = org.redengine.knowledge.eval.ModelFit.fit(all, maxWrong, maxOutOfScope, description);
            AnswerModel shortcut = maxShortcutHarm < 0 ? null
                    : org.redengine.knowledge.eval.ModelFit.fitShortcut(lexical, all, r.model(), maxShortcutHarm);
            java.nio.file.Files.writeString(out, new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(r.model().withLexical(shortcut).toJson()) + "\n", StandardCharsets.UTF_8);
            System.out.printf("已写出 %s：阈值 %.4f；在这些题上回答 %d 题，答对 %d，答错 %d，范围外被回答 %d（共 %d 题）%n",
                    out, r.model().threshold(), r.answered(), r.right(), r.wrong(), r.outOfScopeAnswered(), r.questions());
            return 0;
        }
    }

    /** What is done with one tuning set once its knowledge base is built. */
    interface TuningSetUse<T> {
        T apply(KnowledgeSnapshot snapshot, List<EvalQuestion> questions) throws Exception;
    }

    /**
     * A tuning set given as {@code 知识库目录=题目文件}: its knowledge base loaded with the distractor rows and built
     * (closed again after {@code use}), and its questions read.
     */
    static <T> T withTuningSet(String set, List<KnowledgeEntry> extra, TuningSetUse<T> use) throws Exception {
        String[] parts = set.split("=", 2);
        if (parts.length != 2) throw new IllegalArgumentException("题组的格式应为 知识库目录=题目文件：" + set);
        KnowledgeBase kb = withDistractors(KnowledgeLoader.load(Path.of(parts[0])), extra);
        List<EvalQuestion> qs = EvalQuestion.read(Path.of(parts[1]));
        try (KnowledgeSnapshot snap = KnowledgeService.build(kb, Settings.DEFAULT_THRESHOLD, 1, System.nanoTime())) {
            return use.apply(snap, qs);
        }
    }

    static KnowledgeBase withDistractors(KnowledgeBase kb, List<KnowledgeEntry> extra) {
        if (extra.isEmpty()) return kb;
        List<KnowledgeEntry> all = new ArrayList<>(kb.entries());
        all.addAll(extra);
        return new KnowledgeBase(all, kb.synonyms(), kb.problems(), kb.files() + 1, kb.articles(), kb.faqs() + extra.size());
    }

    static void printProblems(KnowledgeBase kb, PrintStream err) {
        for (LoadProblem p : kb.problems()) {
            err.println("已跳过：" + p);
        }
    }
}
