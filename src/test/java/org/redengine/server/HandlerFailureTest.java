package org.redengine.server;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, finding 8: a request that runs the heap out is answered (503) and logged, never left hanging. */
class HandlerFailureTest {

    @Test
    void outOfMemoryIsA503NotASilence() throws Exception {
        Router router = new Router()
                .get("/oom", r -> { throw new OutOfMemoryError("Java heap space"); })
                .get("/ok", r -> Response.json(200, java.util.Map.of("ok", true)));
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        try (HttpServer server = new HttpServer("127.0.0.1", 0, router, workers, ServerLimits.defaults((a, c) -> false))) {
            int port = server.start();
            HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oom"))
                    .timeout(java.time.Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("内存不足");
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ok")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        } finally {
            workers.shutdown();
        }
    }
}
