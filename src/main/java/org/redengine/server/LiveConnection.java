package org.redengine.server;

/** A client connected for live messages (a WebSocket), as feature code sees it: no Netty types. */
public interface LiveConnection {

    /** Sends one JSON text frame; never blocks (the server queues it). */
    void send(String json);

    boolean isOpen();
}
