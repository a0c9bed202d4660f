package org.redengine.server;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Set;

/** The address a request comes from: the peer's IP, or, behind a trusted proxy, the client the proxy names. */
final class ClientAddress {

    private ClientAddress() {
    }

    static String ip(SocketAddress peer) {
        if (peer instanceof InetSocketAddress inet) {
            return inet.getAddress() != null ? inet.getAddress().getHostAddress() : inet.getHostString();
        }
        return String.valueOf(peer);
    }

    /**
     * The client behind a chain of proxies: the right-most {@code X-Forwarded-For} entry that is not itself a
     * trusted proxy (entries further left are the client's own claims and cannot be trusted).
     */
    static String of(String peerIp, String forwardedFor, String realIp, Set<String> trusted) {
        if (!trusted.contains(peerIp)) return peerIp;
        if (forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (!hop.isEmpty() && !trusted.contains(hop)) return hop;
            }
        }
        if (realIp != null && !realIp.isBlank()) return realIp.strip();
        return peerIp;
    }
}
