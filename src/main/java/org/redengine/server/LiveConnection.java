package org.redengine.server;

/** A client connected for live messages (a WebSocket), as feature code sees it: no Netty types. */
public interface LiveConnection {

    /**
     * Sends one JSON text frame; never blocks (the server queues it). A client that does not read what it is sent
     * is disconnected once its queue passes the server's high-water mark.
     */
    void send(String json);

    boolean isOpen();

    /** A header of the HTTP request that opened the connection (e.g. its Cookie), or null. */
    String handshakeHeader(String name);

    /** The client's address (the proxy's client when the request came through a trusted proxy). */
    String remoteAddress();
}
