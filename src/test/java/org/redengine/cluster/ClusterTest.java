package org.redengine.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.storage.TestPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three server processes on one PostgreSQL, behind no load balancer: every request goes to any node. Under a mixed
 * load (questions, check-ins, a live contest), the node driving the contest timer is killed with SIGKILL in the
 * middle of the contest. Another node takes the timer over; the contest completes with every question asked and
 * closed exactly once; every acknowledged answer and check-in is stored exactly once; both survivors report the
 * same; and a knowledge edit made on one node is served by the others.
 */
class ClusterTest {

    static final String TOKEN = "cluster-admin";
    static final ObjectMapper JSON = new ObjectMapper();
    static final int MEMBERS = 12;
    @TempDir
    Path tmp;
    final List<Process> nodes = new ArrayList<>();
    final List<Integer> ports = new ArrayList<>();
    final List<Path> logs = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stop() {
        nodes.forEach(Process::destroyForcibly);
    }

    @Test
    void threeNodesOneDiesMidContestAndNothingIsLostOrDoubled() throws Exception {
        String url = TestPostgres.shared().createDatabase("cluster_" + ThreadLocalRandom.current().nextInt(1_000_000));
        for (int i = 0; i < 3; i++) start(i, url);
        for (int port : ports) awaitHealthy(port);
        assertThat(send(0, "POST", "/api/admin/roles", "{\"user\":\"boss\",\"group\":\"cg\",\"role\":\"organizer\"}", true).statusCode()).isEqualTo(200);

        AtomicBoolean running = new AtomicBoolean(true);
        Set<Integer> alive = ConcurrentHashMap.newKeySet();
        alive.addAll(List.of(0, 1, 2));
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        Set<String> checkedIn = ConcurrentHashMap.newKeySet();
        List<Thread> load = new ArrayList<>();
        // questions to any node: always the right answer
        load.add(Thread.ofPlatform().start(() -> {
            while (running.get()) {
                try {
                    HttpResponse<String> r = message(any(alive), "asker", null, "遵义会议是什么时候召开的？");
                    if (r.statusCode() == 200 && !r.body().contains("1935年1月15日至17日")) wrong.add(r.body());
                } catch (IOException | InterruptedException e) {
                    pause(); // that node is gone: not acknowledged
                }
            }
        }));
        // check-ins: each member once (some twice), to any node
        load.add(Thread.ofPlatform().start(() -> {
            for (int u = 0; u < 60 && running.get(); u++) {
                String user = "c" + u;
                for (int k = 0; k < (u % 3 == 0 ? 2 : 1); k++) {
                    try {
                        HttpResponse<String> r = message(any(alive), user, "cg", "打卡 集群测试");
                        if (r.statusCode() == 200 && (r.body().contains("打卡成功") || r.body().contains("今天已打卡"))) checkedIn.add(user);
                    } catch (IOException | InterruptedException e) {
                        pause();
                    }
                }
            }
        }));
        String started = JSON.readTree(message(1, "boss", "cg", "发起竞赛 集群题库 3题 每题8秒").body()).at("/replies/0/text").asText();
        assertThat(started).contains("知识竞赛开始");
        long contestStart = System.currentTimeMillis();
        // members answer again and again (only the first answer to each question counts), to any node
        for (int m = 0; m < MEMBERS; m++) {
            String member = "m" + m;
            load.add(Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    try {
                        message(any(alive), member, "cg", "A");
                        Thread.sleep(250);
                    } catch (IOException | InterruptedException e) {
                        pause();
                    }
                }
            }));
        }
        Thread.sleep(10_000); // into the second question
        int leader = timerLeader();
        alive.remove(leader);
        nodes.get(leader).destroyForcibly(); // SIGKILL
        nodes.get(leader).waitFor();
        int survivor = alive.iterator().next();

        long deadline = contestStart + 60_000;
        String history = "";
        while (System.currentTimeMillis() < deadline) {
            history = groupHistory(survivor);
            if (history.contains("竞赛结束")) break;
            Thread.sleep(250);
        }
        running.set(false);
        for (Thread t : load) t.join();

        assertThat(history).as("the contest completed after the timer's node died").contains("竞赛结束");
        assertThat(alive.stream().filter(n -> {
            try {
                return Files.readString(logs.get(n)).contains("now runs the contest timer");
            } catch (IOException e) {
                return false;
            }
        })).as("a surviving node took the timer over").hasSize(1);
        assertThat(count(history, "正确答案：")).as("each question closed exactly once").isEqualTo(3);
        for (int q = 1; q <= 3; q++) assertThat(count(history, "第" + q + "/3题（")).as("question %d asked once", q).isEqualTo(1);
        assertThat(count(history, "竞赛结束")).isEqualTo(1);
        assertThat(wrong).as("every answer to a question was right").isEmpty();

        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        JsonNode[] reports = new JsonNode[2];
        int i = 0;
        for (int node : alive) {
            reports[i++] = JSON.readTree(send(node, "GET", "/api/admin/reports?group=cg&month=" + month, null, true).body());
        }
        assertThat(reports[0]).as("both survivors report the same").isEqualTo(reports[1]);
        JsonNode r = reports[0];
        assertThat(r.path("checkIns").asInt()).as("every acknowledged check-in once").isEqualTo(checkedIn.size());
        assertThat(r.path("contestAnswers").asInt()).as("one answer per member and question").isEqualTo(MEMBERS * 3);
        for (JsonNode p : r.path("people")) {
            if (p.path("user").asText().startsWith("m")) assertThat(p.path("contestAnswers").asInt()).isEqualTo(3);
        }

        // a knowledge edit on one node is served by the other within a couple of seconds
        int other = alive.stream().filter(n -> n != survivor).findFirst().orElseThrow();
        String add = "{\"question\":\"集群测试问题是什么？\",\"answer\":\"这是在一个节点上添加、由其他节点回答的测试条目。\"}";
        assertThat(send(survivor, "POST", "/api/admin/knowledge/faq", add, true).statusCode()).isEqualTo(200);
        long editStart = System.currentTimeMillis(), editDeadline = editStart + 5_000;
        String answer = "";
        while (System.currentTimeMillis() < editDeadline && !answer.contains("由其他节点回答")) {
            answer = message(other, "kb", null, "集群测试问题是什么？").body();
            Thread.sleep(100);
        }
        assertThat(answer).contains("由其他节点回答");
        System.out.println("ClusterTest: an entry added on one node was answered by another " + (System.currentTimeMillis() - editStart) + " ms later");
    }

    private int timerLeader() throws IOException {
        for (int i = 0; i < logs.size(); i++) {
            if (Files.readString(logs.get(i)).contains("now runs the contest timer")) return i;
        }
        throw new AssertionError("no node runs the contest timer");
    }

    private String groupHistory(int node) throws Exception {
        StringBuilder sb = new StringBuilder();
        long after = 0;
        while (true) {
            JsonNode page = JSON.readTree(send(node, "GET", "/api/messages?group=cg&after=" + after + "&limit=500", null, true).body());
            if (page.path("messages").isEmpty()) return sb.toString();
            for (JsonNode m : page.path("messages")) sb.append(m.path("text").asText()).append("\n---\n");
            after = page.path("last").asLong();
        }
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    private static int any(Set<Integer> alive) {
        List<Integer> list = new ArrayList<>(alive);
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    private HttpResponse<String> message(int node, String user, String group, String text) throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("user", user).put("name", "成员" + user).put("text", text);
        if (group != null) body.put("group", group);
        return send(node, "POST", "/api/messages", body.toString(), true); // the admin token speaks for any web user
    }

    private HttpResponse<String> send(int node, String method, String path, String body, boolean admin) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(node) + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (admin) b.header("Authorization", "Bearer " + TOKEN);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void start(int i, String url) throws IOException {
        Path kb = TestKnowledge.write(tmp.resolve("kb" + i));
        Path quizzes = Files.createDirectories(tmp.resolve("quizzes" + i));
        StringBuilder csv = new StringBuilder("题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析\n");
        for (int q = 1; q <= 3; q++) csv.append("单选,集群题").append(q).append("：选哪个？,甲,乙,,,,,A,答案是甲。\n");
        Files.writeString(quizzes.resolve("集群题库.csv"), csv, StandardCharsets.UTF_8);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"), "org.redengine.app.Main", "serve",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--knowledge", kb.toString(), "--quizzes", quizzes.toString(),
                "--data", tmp.resolve("data" + i).toString(), "--no-watch", "--admin-token", TOKEN, "--db-url", url);
        Path log = tmp.resolve("node-" + i + ".log");
        ProcessBuilder node = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        node.environment().put("REDENGINE_LOG_LEVEL", "INFO"); // the test reads which node took the contest timer
        nodes.add(node.start());
        ports.add(port);
        logs.add(log);
    }

    private void awaitHealthy(int port) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("node on port " + port + " did not become healthy");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
