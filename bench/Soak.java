import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Normal traffic beside hostile clients. Normal: CLIENTS threads from 127.0.0.1, each asking a private question
 * (from QUESTIONS) and reading /healthz in turn. Hostile, from other loopback addresses (127.0.0.2 …): WebSocket
 * clients that never read and keep repeating a subscribe to a chat with 500 stored messages (reconnecting when
 * dropped), slowloris connections sending a header byte every few seconds, and idle connections held open.
 * Phase 1 measures normal traffic alone, phase 2 the same beside the hostile clients; each prints requests, p50,
 * p99, max, failures, and the server's heap (from /metrics) before, at its highest, and after.
 * Run: java bench/Soak.java BASE TOKEN QUESTIONS CHAT_TOKEN SECONDS [CLIENTS]
 */
public class Soak {
    static String base, token, chatToken;
    static List<String> questions;
    static final AtomicLong WS_OPENED = new AtomicLong(), WS_DROPPED = new AtomicLong(), HELD_CLOSED = new AtomicLong(),
            REFUSED = new AtomicLong();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .localAddress(loopback(1)).connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        base = args[0];
        token = args[1];
        questions = Files.readAllLines(Path.of(args[2]));
        chatToken = args[3];
        int seconds = Integer.parseInt(args[4]);
        int clients = args.length > 5 ? Integer.parseInt(args[5]) : 8;
        normal(null, clients, 10, false); // warm-up (JIT, caches), not reported
        System.out.println("phase            requests  p50 ms  p99 ms  max ms  failed  heap MB before/peak/after");
        normal("normal alone", clients, seconds / 3, false);
        normal("normal + hostile", clients, seconds, true);
        System.out.printf("hostile clients: %d WebSocket connections opened and %d dropped by the server; %d slow or idle"
                + " connections closed by the server, %d refused at connect%n", WS_OPENED.get(), WS_DROPPED.get(), HELD_CLOSED.get(), REFUSED.get());
    }

    static InetAddress loopback(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void normal(String name, int clients, int seconds, boolean hostile) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> attackers = hostile ? attack(running) : List.of();
        double before = heapMb(), peak[] = {before};
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int id = t;
            threads.add(Thread.ofPlatform().start(() -> {
                int i = id;
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    try {
                        HttpRequest r = i % 2 == 0
                                ? HttpRequest.newBuilder(URI.create(base + "/api/messages")).timeout(Duration.ofSeconds(10))
                                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"soak-" + id + "\",\"text\":\""
                                                + questions.get(i % questions.size()) + "\"}")).build()
                                : HttpRequest.newBuilder(URI.create(base + "/healthz")).timeout(Duration.ofSeconds(10)).build();
                        if (HTTP.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) failed.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    micros.add((System.nanoTime() - s) / 1000);
                    i += clients;
                }
            }));
        }
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (System.nanoTime() < end) {
                try {
                    Thread.sleep(2000);
                    peak[0] = Math.max(peak[0], heapMb());
                } catch (Exception ignored) {
                    return;
                }
            }
        });
        for (Thread t : threads) t.join();
        running.set(false);
        for (Thread t : attackers) t.join(5000);
        sampler.join(3000);
        Thread.sleep(1000);
        double after = heapMb();
        if (name == null) return;
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("%-16s %8d  %6.1f  %6.1f  %6.1f  %6d  %.0f / %.0f / %.0f%n", name, sorted.size(),
                at(sorted, 0.50) / 1000.0, at(sorted, 0.99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0, failed.get(),
                before, Math.max(peak[0], after), after);
    }

    static long at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size())));
    }

    /** Heap in use, from the server's /metrics (Micrometer's jvm_memory_used_bytes, heap areas summed). */
    static double heapMb() throws Exception {
        String m = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        for (String line : m.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum / (1024 * 1024);
    }

    static List<Thread> attack(AtomicBoolean running) {
        List<Thread> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // WebSocket clients that never read
            int a = 2 + i;
            out.add(Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    try (Socket s = new Socket()) {
                        s.setReceiveBufferSize(4096);
                        s.bind(new InetSocketAddress(loopback(a), 0));
                        s.connect(new InetSocketAddress(URI.create(base).getHost(), URI.create(base).getPort()));
                        OutputStream out2 = s.getOutputStream();
                        out2.write(("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                                + "Cookie: redengine_chat=" + chatToken + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        InputStream in = s.getInputStream();
                        StringBuilder head = new StringBuilder();
                        while (!head.toString().endsWith("\r\n\r\n")) {
                            int c = in.read();
                            if (c < 0) break;
                            head.append((char) c);
                        }
                        WS_OPENED.incrementAndGet();
                        byte[] frame = masked("{\"type\":\"subscribe\",\"group\":\"soak-g\",\"after\":0}");
                        while (running.get()) out2.write(frame); // never reads; the server drops it, and it comes back
                    } catch (Exception dropped) {
                        WS_DROPPED.incrementAndGet();
                        sleep(200);
                    }
                }
            }));
        }
        for (int i = 0; i < 2; i++) { // 300 slowloris connections and 500 idle ones, from two more addresses
            int a = 10 + i;
            boolean slow = i == 0;
            out.add(Thread.ofPlatform().daemon().start(() -> {
                List<Socket> held = new ArrayList<>();
                while (running.get()) {
                    try {
                        held.removeIf(Socket::isClosed);
                        while (held.size() < (slow ? 300 : 500) && running.get()) {
                            Socket s = new Socket();
                            s.bind(new InetSocketAddress(loopback(a + 2 * (held.size() / 200)), 0));
                            try {
                                s.connect(new InetSocketAddress(URI.create(base).getHost(), URI.create(base).getPort()));
                            } catch (Exception refused) {
                                REFUSED.incrementAndGet();
                                s.close();
                                break;
                            }
                            if (slow) s.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
                            held.add(s);
                        }
                        for (Socket s : held) {
                            try {
                                if (slow) s.getOutputStream().write('X');
                                s.setSoTimeout(1);
                                if (s.getInputStream().read() < 0) { // the server closed it
                                    HELD_CLOSED.incrementAndGet();
                                    s.close();
                                }
                            } catch (java.net.SocketTimeoutException stillOpen) {
                                // held open for now
                            } catch (Exception closed) {
                                HELD_CLOSED.incrementAndGet();
                                s.close();
                            }
                        }
                    } catch (Exception e) {
                        // refused: the caps at work
                    }
                    sleep(2000);
                }
                for (Socket s : held) {
                    try {
                        s.close();
                    } catch (Exception ignored) {
                        // done
                    }
                }
            }));
        }
        return out;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static byte[] masked(String text) {
        byte[] p = text.getBytes(StandardCharsets.UTF_8);
        byte[] f = new byte[6 + p.length];
        f[0] = (byte) 0x81;
        f[1] = (byte) (0x80 | p.length);
        byte[] mask = {7, 7, 7, 7};
        System.arraycopy(mask, 0, f, 2, 4);
        for (int i = 0; i < p.length; i++) f[6 + i] = (byte) (p[i] ^ mask[i % 4]);
        return f;
    }
}
