import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Admin edits against a running server: EDITS times, adds a FAQ row through POST /api/admin/knowledge/faq (or edits the
 * one added before through PUT), then asks its question until the new answer comes back. Prints, per edit, the
 * request's time, the server's own reload time, and how long after the request returned the answer was served.
 * Run: java -cp target/redengine.jar bench/EditLatency.java BASE_URL EDITS   (BENCH_TOKEN: the admin token)
 */
public class EditLatency {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static String base, token;

    public static void main(String[] args) throws Exception {
        base = args[0];
        int edits = Integer.parseInt(args[1]);
        token = System.getenv("BENCH_TOKEN");
        List<Double> request = new ArrayList<>(), reload = new ArrayList<>(), after = new ArrayList<>();
        String question = null;
        String run = Long.toString(System.currentTimeMillis() % 100_000, 36); // questions new to any earlier run
        for (int i = 0; i < edits; i++) {
            String answer = "压测编辑" + i + "号答案：第" + (1000 + i) + "号学习室。";
            String body;
            String method;
            if (i % 2 == 0) { // a new row
                question = "压测编辑" + run + "第" + i + "号问题的学习室在哪里？";
                method = "POST";
                body = JSON.createObjectNode().put("question", question).put("answer", answer).put("source", "压测").toString();
            } else { // that row edited
                method = "PUT";
                var entry = JSON.createObjectNode().put("question", question).put("answer", answer).put("source", "压测（修订）");
                body = JSON.createObjectNode().put("file", "faq/管理员维护.csv").put("question", question).set("entry", entry).toString();
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(method, "/api/admin/knowledge/faq", body);
            long t1 = System.nanoTime();
            if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + r.body());
            reload.add(JSON.readTree(r.body()).path("reloadMillis").asDouble());
            String expect = (1000 + i) + "号学习室";
            while (true) {
                JsonNode reply = JSON.readTree(send("POST", "/api/messages",
                        JSON.createObjectNode().put("user", "editor-bench").put("text", question).toString()).body()).at("/replies/0");
                if (reply.path("text").asText().contains(expect)) break;
                if (System.nanoTime() - t1 > 30_000_000_000L) throw new IllegalStateException("edit " + i + " not served after 30 s: " + reply);
            }
            long t2 = System.nanoTime();
            request.add((t1 - t0) / 1e6);
            if ((t1 - t0) / 1e6 > 1000) System.out.printf("edit %d (%s) took %.0f ms%n", i, method, (t1 - t0) / 1e6);
            after.add((t2 - t1) / 1e6);
        }
        System.out.printf("edits %d%n", edits);
        System.out.printf("edit request   p50 %.0f ms  p99 %.0f ms  max %.0f ms%n", pct(request, 50), pct(request, 99), pct(request, 100));
        System.out.printf("server reload  p50 %.0f ms  p99 %.0f ms  max %.0f ms%n", pct(reload, 50), pct(reload, 99), pct(reload, 100));
        System.out.printf("answered after the request returned (one question round trip)  p50 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                pct(after, 50), pct(after, 99), pct(after, 100));
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static double pct(List<Double> xs, int p) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i)));
    }
}
