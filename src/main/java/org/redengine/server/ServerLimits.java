package org.redengine.server;

import java.time.Duration;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What one client may hold of the server: connections (in all and per address), how long a connection may sit
 * idle or take to send a request's headers and body, WebSocket connections per address and frames per second, and
 * who may send a large upload.
 *
 * @param maxConnections           open connections in all; more are closed at once
 * @param maxConnectionsPerAddress open connections from one address (trusted proxies are exempt)
 * @param maxWebSocketsPerAddress  live WebSocket connections per client address
 * @param idleTimeout              a keep-alive connection with no request in progress is closed after this
 * @param headerTimeout            a request's headers must arrive within this from its first byte
 * @param bodyTimeout              a request's body must arrive within this from its headers
 * @param trustedProxies           addresses of reverse proxies whose {@code X-Forwarded-For} names the client
 * @param uploadAllowed            given the Authorization and Cookie headers, whether the request may send an
 *                                 upload-sized body; must not block (it runs on an event loop)
 */
public record ServerLimits(int maxConnections, int maxConnectionsPerAddress, int maxWebSocketsPerAddress,
                           Duration idleTimeout, Duration headerTimeout, Duration bodyTimeout,
                           Set<String> trustedProxies, BiPredicate<String, String> uploadAllowed) {

    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;
    public static final int DEFAULT_MAX_PER_ADDRESS = 256;
    public static final int DEFAULT_WEBSOCKETS_PER_ADDRESS = 16;
    /** Frames a WebSocket client may send per second (a burst of twice as many is allowed). */
    public static final int WEBSOCKET_FRAMES_PER_SECOND = 10;

    public static ServerLimits defaults(BiPredicate<String, String> uploadAllowed) {
        return new ServerLimits(DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_PER_ADDRESS, DEFAULT_WEBSOCKETS_PER_ADDRESS,
                Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(120), Set.of(), uploadAllowed);
    }

    public ServerLimits {
        trustedProxies = Set.copyOf(trustedProxies);
        if (maxConnections < 1 || maxConnectionsPerAddress < 1 || maxWebSocketsPerAddress < 1) {
            throw new IllegalArgumentException("连接数上限必须是正整数");
        }
    }

    /** The same limits with another total cap (the launcher's file limit may be lower than the default). */
    public ServerLimits withMaxConnections(int max) {
        return new ServerLimits(max, maxConnectionsPerAddress, maxWebSocketsPerAddress, idleTimeout, headerTimeout,
                bodyTimeout, trustedProxies, uploadAllowed);
    }
}
