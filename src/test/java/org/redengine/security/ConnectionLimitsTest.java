package org.redengine.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 7: 1,100 idle connections exhausted the file descriptors. Connections are capped per address,
 * idle ones are closed, and a request must send its headers in time (slowloris).
 */
class ConnectionLimitsTest {

    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Settings.Connections limits = new Settings.Connections(1000, 20, Set.of(), Duration.ofSeconds(2), Duration.ofSeconds(1));
        server = new TestServer(new Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                tmp.resolve("q"), Settings.DEFAULT_THRESHOLD, 0, false).withConnections(limits));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private Socket open() throws Exception {
        Socket s = new Socket("127.0.0.1", server.port());
        s.setSoTimeout(5000);
        return s;
    }

    /** True when the server closed the connection (end of stream) before the timeout. */
    private static boolean closedByServer(Socket s) throws Exception {
        InputStream in = s.getInputStream();
        try {
            while (in.read() >= 0) {
                // a 408 or anything else the server says before closing
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    @Test
    void connectionsFromOneAddressAreCapped() throws Exception {
        for (int i = 0; i < 100 && server.engine().openConnections() > 0; i++) Thread.sleep(50); // earlier tests' are gone
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) held.add(open());
            // the server takes connections on several threads: let it count these before the one over the cap
            for (int i = 0; i < 100 && server.engine().openConnections() < 20; i++) Thread.sleep(20);
            Socket extra = open();
            long t = System.nanoTime();
            assertThat(closedByServer(extra)).isTrue();
            assertThat(System.nanoTime() - t).as("refused at once, not after the 2 s idle timeout").isLessThan(1_500_000_000L);
            extra.close();
        } finally {
            for (Socket s : held) s.close();
        }
        Thread.sleep(200);
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void anIdleConnectionIsClosed() throws Exception {
        try (Socket s = open()) {
            long t = System.nanoTime();
            assertThat(closedByServer(s)).isTrue();
            assertThat(System.nanoTime() - t).isBetween(1_500_000_000L, 5_000_000_000L);
        }
    }

    @Test
    void headersSentTooSlowlyGetA408() throws Exception {
        try (Socket s = open()) {
            OutputStream out = s.getOutputStream();
            out.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder said = new StringBuilder();
            InputStream in = s.getInputStream();
            // a byte of header every 300 ms keeps an idle timer happy, but not the deadline for the headers
            Thread dribble = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < 20; i++) {
                        Thread.sleep(300);
                        out.write('X');
                        out.flush();
                    }
                } catch (Exception ignored) {
                    // the server closed the connection
                }
            });
            int c;
            while ((c = in.read()) >= 0) said.append((char) c);
            dribble.interrupt();
            assertThat(said.toString()).startsWith("HTTP/1.1 408");
        }
    }
}
