import org.redengine.storage.TestPostgres;

import java.io.BufferedWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Messages per second with 1, 2 and 3 nodes on one PostgreSQL (started here), on this machine. The load is a mix
 * of private questions from the bundled FAQ (70%) and group check-ins (30%), sent by wrk to every node at once with
 * the same total of connections; GET /healthz on one node is the baseline, in the same run.
 * Run by bench/cluster-bench.sh (which builds the jar and the test classes this needs).
 */
public class ClusterBench {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]), out = Path.of(args[1]);
        int seconds = Integer.parseInt(args[2]), connections = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        Path bodies = bodies(root, out);
        try (TestPostgres pg = TestPostgres.start()) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> lines = new ArrayList<>();
            for (int n = 1; n <= 3; n++) {
                String url = pg.createDatabase("cluster_bench_" + n);
                List<Process> nodes = new ArrayList<>();
                List<Integer> ports = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    int port = freePort();
                    ports.add(port);
                    nodes.add(new ProcessBuilder(java, "-Xmx768m", "-XX:+UseParallelGC", "--add-modules", "jdk.incubator.vector",
                            "--enable-native-access=ALL-UNNAMED", "-jar", root.resolve("target/redengine.jar").toString(), "serve",
                            "--host", "127.0.0.1", "--port", String.valueOf(port), "--knowledge", root.resolve("knowledge").toString(),
                            "--quizzes", root.resolve("quizzes").toString(), "--data", out.resolve("data-" + n + "-" + i).toString(),
                            "--no-watch", "--db-url", url, "--admin-token", System.getenv().getOrDefault("BENCH_TOKEN", "bench-admin"))
                            .redirectErrorStream(true).redirectOutput(out.resolve("node-" + n + "-" + i + ".log").toFile()).start());
                }
                try {
                    for (int port : ports) awaitHealthy(port);
                    for (int port : ports) wrk(port, 1, Math.max(1, connections / n), 5, bodies, out.resolve("warmup.txt")); // JIT and caches
                    if (n == 1) {
                        lines.add("healthz-1-node " + rate(run(List.of(ports.get(0)), seconds, connections, null, out, "healthz")));
                    }
                    lines.add("messages-" + n + "-node" + (n > 1 ? "s" : "") + " " + rate(run(ports, seconds, connections, bodies, out, "nodes" + n)));
                } finally {
                    nodes.forEach(Process::destroy);
                    for (Process p : nodes) p.waitFor();
                }
            }
            lines.forEach(System.out::println);
        }
    }

    /** Runs wrk against every port at once (the connections split between them); returns the total rate and worst p99. */
    static List<Path> run(List<Integer> ports, int seconds, int connections, Path bodies, Path out, String name) throws Exception {
        List<Process> wrks = new ArrayList<>();
        List<Path> results = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            Path result = out.resolve(name + "-" + i + ".txt");
            results.add(result);
            wrks.add(wrkProcess(ports.get(i), 1, Math.max(1, connections / ports.size()), seconds, bodies, result));
        }
        for (Process p : wrks) p.waitFor();
        return results;
    }

    static void wrk(int port, int threads, int connections, int seconds, Path bodies, Path result) throws Exception {
        wrkProcess(port, threads, connections, seconds, bodies, result).waitFor();
    }

    static Process wrkProcess(int port, int threads, int connections, int seconds, Path bodies, Path result) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency"));
        if (bodies != null) {
            cmd.addAll(List.of("-s", Path.of("bench/post-bodies.lua").toAbsolutePath().toString(), "http://127.0.0.1:" + port + "/", "--", bodies.toString(), "1"));
        } else {
            cmd.add("http://127.0.0.1:" + port + "/healthz");
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(result.toFile()).start();
    }

    /** "total req/s, worst p99, non-2xx" over the result files of one run. */
    static String rate(List<Path> results) throws Exception {
        double total = 0, worst = 0;
        long errors = 0;
        for (Path r : results) {
            for (String line : Files.readAllLines(r)) {
                String t = line.strip();
                if (t.startsWith("Requests/sec:")) total += Double.parseDouble(t.split("\\s+")[1]);
                if (t.startsWith("99%")) worst = Math.max(worst, millis(t.split("\\s+")[1]));
                if (t.startsWith("Non-2xx")) errors += Long.parseLong(t.split("\\s+")[4]);
            }
        }
        return String.format("%.0f %.1fms %d", total, worst, errors);
    }

    static double millis(String v) {
        if (v.endsWith("us")) return Double.parseDouble(v.substring(0, v.length() - 2)) / 1000;
        if (v.endsWith("ms")) return Double.parseDouble(v.substring(0, v.length() - 2));
        if (v.endsWith("s")) return Double.parseDouble(v.substring(0, v.length() - 1)) * 1000;
        return Double.parseDouble(v);
    }

    static Path bodies(Path root, Path out) throws Exception {
        List<String> questions = new ArrayList<>();
        for (Path csv : Files.newDirectoryStream(root.resolve("knowledge/faq"), "*.csv")) {
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8).subList(1, 40)) {
                String q = line.startsWith("\"") ? line.substring(1, line.indexOf('"', 1)) : line.substring(0, line.indexOf(','));
                questions.add(q.replace("\"", "").replace("\\", ""));
            }
        }
        Random random = new Random(3);
        Path file = out.resolve("cluster-bodies.txt");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 5000; i++) {
                if (random.nextInt(10) < 7) {
                    w.write("{\"user\":\"q" + i + "\",\"text\":\"" + questions.get(random.nextInt(questions.size())) + "\"}");
                } else {
                    w.write("{\"user\":\"k" + i + "\",\"name\":\"学员" + i + "\",\"group\":\"cluster-g" + (i % 50) + "\",\"text\":\"打卡\"}");
                }
                w.newLine();
            }
        }
        return file;
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void awaitHealthy(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (Exception e) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("node on " + port + " did not start");
    }
}
