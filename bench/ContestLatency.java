import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One contest in a group of MEMBERS members (the organizer does not answer, so the question runs to its deadline),
 * every member answering at once over HTTP: checks that all answers are counted and reports how long after the
 * deadline the question's result was posted.
 * Run: java bench/ContestLatency.java BASE_URL ADMIN_TOKEN MEMBERS
 */
public class ContestLatency {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[0], token = args[1];
        int members = Integer.parseInt(args[2]);
        String group = "latency-g-" + System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        all(pool, members, i -> post(base, "lat-" + i, "成员" + i, group, "大家好"));
        send(HttpRequest.newBuilder(URI.create(base + "/api/admin/roles")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"lat-boss\",\"role\":\"admin\"}")).build());
        post(base, "lat-boss", "主持人", group, "发起竞赛 竞赛压测 1题 每题15秒");
        Instant deadline = Instant.now().plusSeconds(15); // the question opened when 发起竞赛 was answered
        long start = System.nanoTime();
        all(pool, members, i -> post(base, "lat-" + i, "成员" + i, group, "A"));
        double answering = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long after = 0; // the group's history holds the members' messages too: page through it, 500 at a time
        for (int attempt = 0; attempt < 600; attempt++) {
            String history = send(HttpRequest.newBuilder(URI.create(base + "/api/messages?group=" + group + "&limit=500&after=" + after))
                    .header("Authorization", "Bearer " + token).GET().build());
            java.util.regex.Matcher seq = java.util.regex.Pattern.compile("\"seq\":(\\d+)").matcher(history);
            long last = after;
            while (seq.find()) last = Math.max(last, Long.parseLong(seq.group(1)));
            int i = history.indexOf("第1题结束");
            if (i >= 0) {
                String time = history.substring(history.lastIndexOf("\"time\":\"", history.indexOf("}", i)) + 8);
                Instant posted = Instant.parse(time.substring(0, time.indexOf('"')));
                boolean counted = history.contains(members + " 人作答，" + members + " 人答对");
                System.out.printf("%d members answered in %.2f s; result posted %d ms after the deadline; all answers counted: %s%n",
                        members, answering, java.time.Duration.between(deadline, posted).toMillis(), counted);
                return;
            }
            if (last > after) { // more pages to read before waiting
                after = last;
                continue;
            }
            Thread.sleep(50);
        }
        System.out.println("no result posted within 30 s");
    }

    interface Task { void run(int i) throws Exception; }

    static void all(ExecutorService pool, int n, Task task) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            futures.add(pool.submit(() -> { task.run(k); return null; }));
        }
        for (Future<?> f : futures) f.get();
    }

    static void post(String base, String user, String name, String group, String text) throws Exception {
        send(HttpRequest.newBuilder(URI.create(base + "/api/messages")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + System.getenv().getOrDefault("BENCH_TOKEN", "bench-admin"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"name\":\"" + name + "\",\"group\":\""
                        + group + "\",\"text\":\"" + text + "\"}")).build());
    }

    static String send(HttpRequest r) throws Exception {
        HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) throw new IllegalStateException("HTTP " + res.statusCode() + ": " + res.body());
        return res.body();
    }
}
