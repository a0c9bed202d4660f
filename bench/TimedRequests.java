import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends requests once each, CONCURRENCY at a time, and prints one line: NAME count seconds rate/s p50 p99 max
 * failures. BODIES is a file of JSON bodies to POST (one per line), or "GET:N" to GET the URL N times. With RATE,
 * request i is sent at i/RATE seconds (an open load spread over time), else as fast as CONCURRENCY allows.
 * Run: java bench/TimedRequests.java NAME BODIES URL CONCURRENCY [RATE]
 */
public class TimedRequests {
    public static void main(String[] args) throws Exception {
        String name = args[0];
        List<String> bodies = args[1].startsWith("GET:") ? null : Files.readAllLines(Path.of(args[1]));
        int n = bodies == null ? Integer.parseInt(args[1].substring(4)) : bodies.size();
        URI uri = URI.create(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        double rate = args.length > 4 ? Double.parseDouble(args[4]) : 0;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] micros = new long[n];
        AtomicInteger next = new AtomicInteger(), failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        final long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < n) {
                    if (rate > 0) {
                        long due = start + (long) (i * 1e9 / rate);
                        long wait = due - System.nanoTime();
                        if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    HttpRequest.Builder b = HttpRequest.newBuilder(uri);
                    HttpRequest req = bodies == null ? b.GET().build()
                            : (System.getenv("BENCH_TOKEN") == null ? b : b.header("Authorization", "Bearer " + System.getenv("BENCH_TOKEN")))
                                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) failed.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    micros[i] = (System.nanoTime() - t0) / 1000;
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double secs = (System.nanoTime() - start) / 1e9;
        Arrays.sort(micros);
        System.out.printf("%s %d %.2f %.0f %.1fms %.1fms %.1fms %d%n", name, n, secs, n / secs, micros[n / 2] / 1000.0,
                micros[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1000.0, micros[n - 1] / 1000.0, failed.get());
    }
}
