package org.redengine.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.redengine.channels.wechat.WeChatConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Server settings, each resolved in this order: command-line option, environment variable
 * {@code REDENGINE_<NAME>} (upper case, dashes as underscores), the YAML config file, the default.
 */
public record Settings(String host, int port, Path data, Path knowledge, Path quizzes, double answerThreshold,
                       int workers, boolean watchKnowledge, String dbUrl, String adminToken, int historyDays,
                       WeChatConfig wechat, WeChatConfig wecom, String wecomWebhook, String pointsRules,
                       Connections connections, org.redengine.channels.wecombot.WeComBotConfig wecomBot) {

    /**
     * What one client may hold of the server.
     *
     * @param max            open connections in all
     * @param perAddress     open connections from one address (trusted proxies exempt)
     * @param trustedProxies reverse proxies (nginx) whose X-Forwarded-For names the real client
     * @param idleTimeout    a keep-alive connection with no request in progress is closed after this
     * @param headerTimeout  a request's headers must have arrived this long after its first byte
     */
    public record Connections(int max, int perAddress, java.util.Set<String> trustedProxies,
                              java.time.Duration idleTimeout, java.time.Duration headerTimeout) {
        public static final Connections DEFAULT = new Connections(org.redengine.server.ServerLimits.DEFAULT_MAX_CONNECTIONS,
                org.redengine.server.ServerLimits.DEFAULT_MAX_PER_ADDRESS, java.util.Set.of(),
                java.time.Duration.ofSeconds(60), java.time.Duration.ofSeconds(10));

        public Connections {
            trustedProxies = java.util.Set.copyOf(trustedProxies);
        }
    }

    /** Settings for tests and embedding: the embedded database, no admin token, history kept for a year. */
    public Settings(String host, int port, Path data, Path knowledge, Path quizzes, double answerThreshold,
                    int workers, boolean watchKnowledge) {
        this(host, port, data, knowledge, quizzes, answerThreshold, workers, watchKnowledge, null, null, 365,
                WeChatConfig.OFF, WeChatConfig.OFF, null, null, Connections.DEFAULT, org.redengine.channels.wecombot.WeComBotConfig.OFF);
    }

    public Settings withDatabase(String url, String token) {
        return new Settings(host, port, data, knowledge, quizzes, answerThreshold, workers, watchKnowledge, url, token,
                historyDays, wechat, wecom, wecomWebhook, pointsRules, connections, wecomBot);
    }

    public Settings withWeComBot(org.redengine.channels.wecombot.WeComBotConfig bot) {
        return new Settings(host, port, data, knowledge, quizzes, answerThreshold, workers, watchKnowledge, dbUrl,
                adminToken, historyDays, wechat, wecom, wecomWebhook, pointsRules, connections, bot);
    }

    public Settings withWeChat(WeChatConfig officialAccount, WeChatConfig work, String webhook) {
        return new Settings(host, port, data, knowledge, quizzes, answerThreshold, workers, watchKnowledge, dbUrl,
                adminToken, historyDays, officialAccount, work, webhook, pointsRules, connections, wecomBot);
    }

    public Settings withConnections(Connections c) {
        return new Settings(host, port, data, knowledge, quizzes, answerThreshold, workers, watchKnowledge, dbUrl,
                adminToken, historyDays, wechat, wecom, wecomWebhook, pointsRules, c, wecomBot);
    }

    /** The answer model's own threshold (chosen when it was fitted for few confident wrong answers). */
    public static final double DEFAULT_THRESHOLD = org.redengine.knowledge.AnswerModel.standard().threshold();

    /** Looks a setting up in the sources below the command line. */
    static final class Sources {
        private final Map<String, String> env;
        private final JsonNode yaml;

        Sources(Map<String, String> env, Path configFile) throws IOException {
            this.env = env;
            if (configFile != null) {
                if (!Files.isRegularFile(configFile)) {
                    throw new IOException("配置文件不存在：" + configFile);
                }
                JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(configFile.toFile());
                if (node != null && !node.isNull() && !node.isObject()) {
                    throw new IOException("配置文件必须是 YAML 映射（key: value）：" + configFile);
                }
                this.yaml = node;
            } else {
                this.yaml = null;
            }
        }

        String get(String name, String cli, String fallback) {
            if (cli != null) return cli;
            String e = env.get("REDENGINE_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
            if (e != null && !e.isBlank()) return e;
            if (yaml != null) {
                JsonNode n = yaml.get(name);
                if (n == null) n = yaml.get(name.replace('-', '_'));
                if (n == null) n = yaml.get(camel(name));
                if (n != null && !n.isNull()) return n.asText();
            }
            return fallback;
        }

        private static String camel(String s) {
            StringBuilder sb = new StringBuilder();
            boolean up = false;
            for (char c : s.toCharArray()) {
                if (c == '-') {
                    up = true;
                } else {
                    sb.append(up ? Character.toUpperCase(c) : c);
                    up = false;
                }
            }
            return sb.toString();
        }
    }

    static int parsePort(String value) {
        try {
            int p = Integer.parseInt(value.strip());
            if (p < 0 || p > 65535) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("端口必须是 0–65535 之间的整数：" + value);
        }
    }

    static int parseDays(String value) {
        try {
            int d = Integer.parseInt(value.strip());
            if (d < 0) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("history-days 必须是不小于 0 的整数（0 表示永久保留）：" + value);
        }
    }

    static int parsePositive(String name, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " 必须是正整数：" + value);
        }
    }

    /** A comma-separated list of IP addresses (trusted proxies). */
    static java.util.Set<String> parseAddresses(String value) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (value == null) return out;
        for (String part : value.split(",")) {
            String a = part.strip();
            if (a.isEmpty()) continue;
            if (!a.matches("[0-9A-Fa-f:.]+")) throw new IllegalArgumentException("trusted-proxies 只能是逗号分隔的 IP 地址：" + a);
            out.add(a);
        }
        return out;
    }

    static double parseThreshold(String value) {
        try {
            double d = Double.parseDouble(value.strip());
            if (d < 0 || d > 1) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("answer-threshold 必须是 0–1 之间的小数：" + value);
        }
    }
}
