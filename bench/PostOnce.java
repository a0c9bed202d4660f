import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Posts every body of a file (one JSON body per line) exactly once to URL, CONCURRENCY at a time; prints failures. */
public class PostOnce {
    public static void main(String[] args) throws Exception {
        List<String> bodies = Files.readAllLines(Path.of(args[0]));
        URI uri = URI.create(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newHttpClient();
        AtomicInteger next = new AtomicInteger(), failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < bodies.size()) {
                    try {
                        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", "application/json");
                        if (System.getenv("BENCH_TOKEN") != null) b.header("Authorization", "Bearer " + System.getenv("BENCH_TOKEN"));
                        HttpResponse<Void> r = http.send(b
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) failed.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        System.out.printf("posted %d in %.1f s, %d failed%n", bodies.size(), (System.nanoTime() - start) / 1e9, failed.get());
    }
}
